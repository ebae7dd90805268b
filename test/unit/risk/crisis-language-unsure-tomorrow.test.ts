import { expectLevels } from '../../setup/risk-levels.js';

// cues-sw-grammar.ts: unsure one wants to see tomorrow or to be alive (review 157, session 42).

describe('crisis language: unsure of wanting to see tomorrow', () => {
  it('reads not knowing whether one wants to see tomorrow or be alive as a wish, with a time for tomorrow', () => {
    expectLevels({
      'ata sijui kama nataka kuona kesho': 'high',
      'sijui kama nataka kuona kesho hivi': 'high',
      'cjui kama nataka kuona kesho bana': 'high',
      'sijui kama nataka kuwa hai': 'medium',
    });
  });

  it('leaves an exam day, a Monday, and doubt of surviving an exam as they were', () => {
    expectLevels({
      'sijui kama nataka kuona kesho ya mtihani': 'low',
      'kesho ni jumatatu, sina hamu ya kuona kesho': 'low',
      'nina mtihani wa hesabu kesho sijui kama nitaishi': 'low',
    });
  });
});
