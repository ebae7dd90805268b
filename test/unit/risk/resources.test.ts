import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crisisResources, loadResources, RESOURCE_LINES_MAX, resourcesFor } from '../../../lib/risk/resources.js';

const fileWith = (countries: unknown, raw?: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'resona-resources-')), 'resources.json');
  writeFileSync(file, raw ?? JSON.stringify({ countries }));
  return file;
};
const line = { name: 'County line', phone: '0800 000', country: 'KE' };

describe('crisis resources', () => {
  it('lists the default lines of Kenya, Tanzania and Uganda, each with a phone or a link', () => {
    const all = resourcesFor(loadResources(), ['KE', 'TZ', 'UG']);
    for (const c of ['KE', 'TZ', 'UG']) expect(all.filter((r) => r.country === c).length, c).to.be.above(0);
    for (const r of all) expect(r.phone ?? r.url, r.name).to.be.a('string');
  });

  it('replaces a country’s defaults with the operator’s file and keeps the others', () => {
    const all = loadResources(fileWith({ KE: [line] }));
    expect(all.KE).to.deep.equal([line]);
    expect(all.UG).to.deep.equal(loadResources().UG);
  });

  it('lists a country named twice once', () => {
    expect(resourcesFor(loadResources(), ['KE', 'KE'])).to.deep.equal(resourcesFor(loadResources(), ['KE']));
  });

  // Found by a review: each of these loaded and left a crisis reply without a usable line for a country.
  const REFUSED: Array<[string, unknown]> = [
    ['an entry without a name', { KE: [{ phone: '1', country: 'KE' }] }],
    ['an entry with neither a phone nor a link', { KE: [{ name: 'County line', country: 'KE' }] }],
    ['an empty list, which would leave the country without a line', { KE: [] }],
    ['a country key in lower case, which CRISIS_COUNTRIES never asks for', { ke: [line] }],
    ['an entry listed under one country that says it is another', { KE: [{ ...line, country: 'TZ' }] }],
  ];
  for (const [what, countries] of REFUSED)
    it(`refuses a file with ${what}`, () => expect(() => loadResources(fileWith(countries))).to.throw());
});

describe('the crisis resources checked at start', () => {
  it('gives the configured countries’ lines', () => {
    expect(crisisResources(['UG'])).to.deep.equal(loadResources().UG);
  });

  it('names CRISIS_RESOURCES_FILE for a file that is missing, not JSON or of the wrong shape', () => {
    const missing = path.join(tmpdir(), 'resona-no-such-resources.json');
    for (const file of [missing, fileWith(null, '{ "countries": { "KE": ['), fileWith({ KE: [{ phone: '1' }] })])
      expect(() => crisisResources(['KE'], file)).to.throw(/^CRISIS_RESOURCES_FILE: /);
  });

  it('refuses a country with no lines, so a typo ("UK" for "UG") cannot drop a country in silence', () => {
    expect(() => crisisResources(['KE', 'TZ', 'UK'])).to.throw(/CRISIS_COUNTRIES: no crisis resources for UK/);
  });

  it('refuses lines too long for a crisis reply to hold', () => {
    // 3 countries x 15 county lines of about 100 characters (fictional numbers).
    const countries = Object.fromEntries(
      ['KE', 'TZ', 'UG'].map((country) => [
        country,
        Array.from({ length: 15 }, (_, i) => ({
          name: `County ${i + 1} mental health and psychosocial support line (county government)`,
          phone: `0800 000 ${100 + i}`,
          country,
        })),
      ]),
    );
    expect(() => crisisResources(['KE', 'TZ', 'UG'], fileWith(countries))).to.throw(
      new RegExp(`more than a crisis reply can hold \\(${RESOURCE_LINES_MAX}\\)`),
    );
  });
});
