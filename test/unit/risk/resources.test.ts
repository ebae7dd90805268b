import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadResources, resourcesFor } from '../../../lib/risk/resources.js';

describe('crisis resources', () => {
  it('lists the default lines of Kenya, Tanzania and Uganda, each with a phone or a link', () => {
    const all = resourcesFor(loadResources(), ['KE', 'TZ', 'UG']);
    for (const c of ['KE', 'TZ', 'UG']) expect(all.filter((r) => r.country === c).length, c).to.be.above(0);
    for (const r of all) expect(r.phone ?? r.url, r.name).to.be.a('string');
  });

  it('replaces a country’s defaults with the operator’s file and keeps the others', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resona-resources-'));
    const file = path.join(dir, 'resources.json');
    writeFileSync(
      file,
      JSON.stringify({ countries: { KE: [{ name: 'County line', phone: '0800 000', country: 'KE' }] } }),
    );
    const all = loadResources(file);
    expect(all.KE).to.deep.equal([{ name: 'County line', phone: '0800 000', country: 'KE' }]);
    expect(all.UG).to.deep.equal(loadResources().UG);
  });

  it('refuses a file that is not of the expected shape', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resona-resources-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ countries: { KE: [{ phone: '1' }] } }));
    expect(() => loadResources(file)).to.throw();
  });
});
