import { expectLevels } from '../../setup/risk-levels.js';

// An attempt denied, then a means or a readiness after a "but" (cues-denial-but.ts; red teams 120, 121).

describe('crisis language: an attempt denied, then a means kept after a "but"', () => {
  it('reads the means or the readiness after the contrast as preparation', () => {
    expectLevels({
      'no i never tried to kill myself thank god but the rope is ready': 'critical',
      'i never tried to kill myself although i have the rope': 'critical',
      'sijawahi kujaribu kujiua lakini nina sumu': 'critical',
    });
  });

  it('leaves medicine for an illness, a wish to get better and an interview as they were', () => {
    expectLevels({
      'i never tried to kill myself but the doctor gave me pills for sleep': 'low',
      'i never tried to kill myself but i want to get better': 'low',
      'i never tried to kill myself but tomorrow is my interview': 'low',
      'sijawahi kujaribu kujiua lakini nina vidonge vya presha': 'high',
    });
  });
});
