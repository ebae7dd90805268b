import { expect } from 'chai';
import {
  MOODS,
  pickTemplate,
  TEMPLATES,
  templatesOf,
  withResources,
} from '../../../processors/reply/templates/index.js';
import { RESOURCE_LINES_MAX } from '../../../lib/risk/resources.js';

// The curated reply templates (processors/reply/templates): every language covers every mood, a person's latest
// templates are not repeated, and the crisis template carries the resources.

const ids = ['3b1f0c1e-0000-4000-8000-000000000001', '3b1f0c1e-0000-4000-8000-000000000002'];

describe('reply templates', () => {
  it('has at least one template for every mood in English, Swahili and the mix, and two outside crisis', () => {
    for (const set of Object.values(TEMPLATES))
      for (const mood of MOODS) expect(set[mood].length).to.be.at.least(mood === 'crisis' ? 1 : 2);
  });

  it('keeps crisis templates with a place for the resources and other templates without', () => {
    for (const set of Object.values(TEMPLATES))
      for (const mood of MOODS)
        for (const text of set[mood]) expect(text.includes('{resources}')).to.equal(mood === 'crisis');
  });

  it('leaves room in every crisis template for the longest resource list start-up accepts', () => {
    // lib/risk/resources.ts refuses longer lists at start; a stored reply holds 4,000 characters.
    for (const set of Object.values(TEMPLATES))
      for (const text of set.crisis)
        expect(text.length - '{resources}'.length + RESOURCE_LINES_MAX, text.slice(0, 40)).to.be.at.most(4000);
  });

  it('picks the same template when the same analysis is replied to again', () => {
    expect(pickTemplate('en', 'low', [], ids[0]!)).to.deep.equal(pickTemplate('en', 'low', [], ids[0]!));
  });

  it('does not repeat a template the person saw in their latest replies', () => {
    const recent: string[] = [];
    for (let day = 0; day < 4; day++) {
      const t = pickTemplate('sw', 'low', recent, `${ids[0]!.slice(0, -1)}${day}`);
      expect(recent).to.not.include(t.id);
      recent.unshift(t.id);
    }
  });

  it('falls back to the template seen longest ago when every one is recent', () => {
    const all = templatesOf('en', 'anxious').map((t) => t.id);
    expect(pickTemplate('en', 'anxious', [...all].reverse(), ids[1]!).id).to.equal(all[0]);
  });

  it('lists each resource on its own line with its contact and country', () => {
    const text = withResources('Call:\n{resources}\nNow.', 'en', [
      { name: 'Kenya Red Cross', phone: '1199', country: 'KE' },
      { name: 'Health line', url: 'https://example.org', country: 'TZ' },
    ]);
    expect(text).to.equal('Call:\n- Kenya Red Cross: 1199 (KE)\n- Health line: https://example.org (TZ)\nNow.');
  });

  it('still says where to go when no resources are configured', () => {
    expect(withResources('Msaada:\n{resources}', 'sw', [])).to.include('kituo cha afya');
  });

  it('writes a resource name with "$" signs as it is, not as a replacement pattern', () => {
    const text = withResources('Call:\n{resources}', 'en', [{ name: "Line $& $' $1", phone: '1199', country: 'KE' }]);
    expect(text).to.equal("Call:\n- Line $& $' $1: 1199 (KE)");
  });
});
