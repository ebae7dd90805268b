import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts (session 54, red team 234): a question answered "no" and then a denial in the speaker's own words.

describe('crisis language: a question answered no, then denied', () => {
  it('reads a no followed by never having had the thoughts as a denial', () => {
    expectLevels({
      'the counsellor asked if i ever think of ending my life and honestly no i have never had those thoughts i just feel tired':
        'low',
      'daktari aliniuliza kama nimewahi kufikiria kujiua nikamwambia hapana sijawahi kuwa na nia ya kujiua wala mpango wowote':
        'low',
    });
  });

  it('keeps the answer taken back after it', () => {
    expectLevels({
      'the counsellor asked if i ever think of ending my life and honestly no i have never had those thoughts until this week':
        'high',
      'the nurse asked if i think of killing myself and no i have never had those thoughts but tonight i will do it':
        'critical',
      'aliniuliza kama nawaza kujiua nikamwambia hapana sijawahi lakini ukweli ni ndiyo': 'high',
    });
  });
});
