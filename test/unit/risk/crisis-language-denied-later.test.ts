import { expectLevels } from '../../setup/risk-levels.js';

// A denial of suicidal thoughts dated to now with only a later time in doubt after it (upgrade.ts, negatedThenTimed):
// "I'm not going to kill myself today, probably next week" is the issue's own example; reviews 55 and 58 shaped it.

describe('crisis language: thoughts denied for now, the later time in doubt', () => {
  it('reads the thoughts denied today with tomorrow in doubt as a plan', () => {
    expectLevels({
      'no i dont have thoughts of killing myself today but tomorrow i dont know': 'critical',
      'sina mawazo ya kujiua leo lakini kesho sijui': 'critical',
      'leo sina mawazo ya kujiua lakini kesho sijui': 'critical',
      "I'm not suicidal. Not today. Maybe tomorrow.": 'critical',
      'sina mawazo ya kujiua leo. siwezi kusema hivyo kuhusu kesho': 'critical',
      'im not suicidal today i dont know about tomorrow': 'critical',
    });
  });

  it('leaves everyday plans, hope and someone else’s thoughts at their older level', () => {
    expectLevels({
      'no thoughts of suicide today maybe tomorrow we talk again': 'low',
      'sina mawazo ya kujiua leo lakini kesho sijui kama nitapata fare ya kwenda hospitali': 'low',
      'no suicidal thoughts today tomorrow is another day': 'low',
      'sina mawazo ya kujiua leo kesho ni siku nyingine': 'low',
      'my brother has no suicidal thoughts today but tomorrow who knows': 'low',
      "I'm not suicidal. Not today, I have a meeting. Can we talk tomorrow?": 'low',
    });
  });
});
