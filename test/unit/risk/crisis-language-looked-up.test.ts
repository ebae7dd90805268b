import { expectLevels } from '../../setup/risk-levels.js';

// Ways to do it looked up, in Swahili and Sheng (cues-looked-up.ts; review 108).

describe('crisis language: ways looked up in Swahili', () => {
  it('reads reading or searching how to kill oneself as a preparatory act', () => {
    expectLevels({
      'nimekuwa nikisoma makala kuhusu jinsi ya kujiua': 'critical',
      'nimekuwa nikitafuta habari kuhusu jinsi ya kujiua usiku wa leo': 'critical',
      'nimesoma makala nyingi kuhusu namna ya kujiua': 'critical',
    });
  });

  it('does not make a preparatory act of how suicide affects a family or how it is prevented', () => {
    expectLevels({
      'nimesoma makala kuhusu jinsi ya kujiua inavyoathiri familia': 'high',
      'mwalimu alituambia tusome kuhusu jinsi ya kuzuia kujiua': 'high',
    });
  });
});
