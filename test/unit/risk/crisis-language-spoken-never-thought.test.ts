import { expectLevels } from '../../setup/risk-levels.js';

// denied-alone.ts and patterns.ts (session 57): "sijawahi / sijawai fikiria kujiua", the spoken form without "ku-",
// said on its own (emphasis after it too) is the denial "sijawahi kufikiria kujiua" is; anything more keeps the alarm.

describe('crisis language: "sijawahi fikiria kujiua" said alone', () => {
  it('reads the spoken denial said alone as a denial', () => {
    expectLevels({
      'sijawahi fikiria kujiua': 'low',
      'sijawahi fikiria kujiua hata siku moja': 'low',
      'habari daktari, sijawahi fikiria kujiua': 'low',
      'sijawai waza kujiua': 'low',
    });
  });

  it('keeps the alarm where more is said after it', () => {
    expectLevels({
      'sijawahi fikiria kujiua sana': 'high',
      'sijawahi fikiria kujiua lakini leo nawaza': 'high',
      'sijawahi fikiria kujiua kama leo': 'high',
      'sijawai fikiria kujiua lakini jana nilijaribu': 'high',
    });
  });
});
