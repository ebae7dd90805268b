import { expectLevels } from '../../setup/risk-levels.js';

// cues-sw-grammar.ts: unsure one wants to see tomorrow or will live to it (reviews 133 and 157, session 42).

describe('crisis language: unsure of wanting to see tomorrow', () => {
  it('reads not knowing whether one wants to see tomorrow, or will live to it, as a wish with a time', () => {
    expectLevels({
      'ata sijui kama nataka kuona kesho': 'high',
      'niko sawa leo ila kesho sina uhakika kama nitaishi': 'high',
      'sina hamu ya kuona kesho': 'high',
      'sijui kama nitaishi hadi kesho': 'high',
      'sijui kama nataka kuwa hai': 'medium',
    });
  });

  it('leaves an exam day, a price that "will kill" one and years with an illness as they were', () => {
    expectLevels({
      'sijui kama nataka kuona kesho ya mtihani': 'low',
      'na hii bei ya unga sijui kama nitaishi': 'low',
      'sijui kama nitaishi hadi kesho na hii njaa': 'low',
      'sijui kama nitaishi miaka mingi na hii kisukari': 'low',
      'sijui kama nitakuwepo kesho kwa mkutano': 'low',
      'niko mgonjwa sana hospitali sijui kama nitaishi hadi kesho': 'low',
    });
  });
});
