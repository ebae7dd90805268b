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

  it('reads a denial followed only by "tomorrow is the day" as a plan', () => {
    expectLevels({
      'i never tried to kill myself tomorrow is the day': 'critical',
      'sijawahi jaribu kujiua kesho ndio siku nitafanya': 'critical',
      'nope never tried to kill myself kesho ndio siku': 'critical',
    });
  });

  it('leaves a first try at something else, and another event named between, low', () => {
    expectLevels({
      'i have never tried to cut my dreadlocks tomorrow is the day': 'low',
      'i never tried to kill myself my exam is tomorrow tomorrow is the day': 'low',
      'i never tried to kill myself but tomorrow is the day of my interview': 'low',
    });
  });

  it('reads a means kept after "just" or "only", or an attempt played down, as preparation or behaviour', () => {
    expectLevels({
      'i didnt try anything i just keep the rope ready under the mattress': 'critical',
      'no i never attempted its just that i bought rat poison and hid it in the ceiling': 'critical',
      'i would never hurt myself i only bought the rope to be ready': 'critical',
      'sijajaribu chochote ila nimeficha sumu kwa dari': 'critical',
      'i never tried anything serious just the pills last month that landed me in ward seven': 'critical',
    });
  });

  it('leaves a purchase for a job, medicine as given and a childhood accident low', () => {
    expectLevels({
      'i didnt try anything new i just took the pills i was given': 'low',
      'i never tried the new restaurant it was only the jik i drank by mistake as a child': 'low',
    });
  });
});
