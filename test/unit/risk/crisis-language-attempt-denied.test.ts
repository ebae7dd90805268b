import { expectLevels } from '../../setup/risk-levels.js';

// An attempt denied on its own (attempt-denied.ts; session 31, review 117).

describe('crisis language: an attempt denied on its own', () => {
  it('reads "i never tried to hurt myself" opening the check-in, only the day or a reassurance after, as a denial', () => {
    expectLevels({
      'i never tried to hurt myself': 'low',
      'hello i have never tried to hurt myself im fine': 'low',
      'sijawahi kujaribu kujiua niko sawa': 'low',
    });
  });

  it('keeps the alarm when anything else follows the denial, an everyday sentence too (red team 120)', () => {
    expectLevels({
      'i never tried to hurt myself i just do it every night': 'critical',
      'i never tried to hurt myself i have a noose in my bag': 'critical',
      'i never tried to hurt myself i just feel tired from work': 'critical',
      'sikuwahi jaribu kujiua msee nimechoka tu na kazi': 'critical',
    });
  });

  it('keeps the alarm when a time, a limit, a contrast or an act follows the denial', () => {
    expectLevels({
      'i never tried to hurt myself before but last night i did': 'critical',
      'i never tried to hurt myself until last night': 'critical',
      'i had never tried to cut myself before yesterday': 'critical',
      'i never tried to hurt myself but today i took all my pills': 'critical',
      'i never tried to hurt myself in front of anyone': 'critical',
      'i never try to hurt myself when people are around only at night': 'critical',
      'sijawahi kujaribu kujiua mpaka jana usiku': 'high',
    });
  });

  it('keeps the alarm when the denial does not open the check-in', () => {
    expectLevels({
      'nobody knows i tried to hurt myself': 'critical',
      'i never told anyone i tried to hurt myself': 'critical',
    });
  });
});
