import { expectLevels } from '../../setup/risk-levels.js';

// An attempt denied on its own (attempt-denied.ts; session 31, review 117; tiredness from the day after it, session 32).

describe('crisis language: an attempt denied on its own', () => {
  it('reads "i never tried to hurt myself" opening the check-in, only the day or a reassurance after, as a denial', () => {
    expectLevels({
      'i never tried to hurt myself': 'low',
      'hello i have never tried to hurt myself im fine': 'low',
      'sijawahi kujaribu kujiua niko sawa': 'low',
    });
  });

  it('keeps the alarm when anything else follows the denial (red team 120)', () => {
    expectLevels({
      'i never tried to hurt myself i just do it every night': 'critical',
      'i never tried to hurt myself i have a noose in my bag': 'critical',
      'i never tried to hurt myself i just feel tired of life': 'critical',
    });
  });

  it('reads the denial with only tiredness from work after it as a denial (session 32)', () => {
    expectLevels({
      'i never tried to hurt myself i just feel tired from work': 'low',
      'sikuwahi jaribu kujiua msee nimechoka tu na kazi': 'low',
    });
  });

  it('keeps the alarm when the tiredness names no work, follows "didnt" or a reassurance said over (red team 127)', () => {
    expectLevels({
      'i never tried to cut myself im just stressed': 'critical',
      'i never tried to overdose im just sleepy': 'critical',
      'i didnt try to cut myself im just stressed from school': 'critical',
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
