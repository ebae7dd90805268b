import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts, patterns.ts, act-after-denial.ts and around.ts (session 58, red teams 274 and 276, reviews 278 and 279):
// a plan denied is a denial, unless an attempt, intent or the plan had after all follows it; an act put off is none.

describe('crisis language: a plan denied, an act put off', () => {
  it('reads a plan denied with an article or "planned" as a denial', () => {
    expectLevels({
      'i dont have a plan to kill myself': 'low',
      'i have never planned to end my life': 'low',
      'i have not planned to end my life': 'low',
      'sina mpango wowote wa kujiua': 'low',
    });
  });

  it('reads an attempt, intent or the plan had after a plan denied as taking it back', () => {
    expectLevels({
      'i never planned to kill myself, i just did it': 'critical',
      'i never planned to kill myself but i tried last week': 'critical',
      'i dont have a plan to kill myself but i will do it': 'critical',
      'i dont have a plan to end my life but the how and the when i have figured out': 'critical',
    });
  });

  it('keeps the article only where it heads what is denied', () => {
    expectLevels({ 'not a day goes by i dont think of a plan to kill myself': 'critical' });
  });

  it('reads an act put off as no denial, and thoughts or help sought after "for now" as before', () => {
    expectLevels({
      'im not going to kill myself yet': 'critical',
      'sitaki kujiua bado': 'high',
      'sina mawazo ya kujiua kwa sasa': 'low',
      'im not going to hurt myself for now and ill call my therapist': 'low',
      'i have not attempted suicide for now and im doing better': 'low',
    });
  });

  it('reads "but i will do it" after any denial as taking it back', () => {
    expectLevels({ 'i dont want to kill myself but i will do it': 'critical' });
  });
});
