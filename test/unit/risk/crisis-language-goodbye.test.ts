import { expectLevels } from '../../setup/risk-levels.js';

// "goodbye everyone" as a day's goodbye (goodbye.ts; reviews 74, 78, 80): stands down only when the whole check-in is an
// everyday goodbye naming the speaker's return.

describe('crisis language: an everyday "goodbye everyone"', () => {
  it('stands the alarm down when a return is named and nothing else is said', () => {
    expectLevels({
      'goodbye everyone see you tomorrow': 'low',
      'goodbye everyone see you guys tomorrow at school': 'low',
      'my phone is dying so goodbye everyone talk tomorrow': 'low',
      'kwaheri kila mtu tuonane kesho': 'low',
      'goodbye everyone see you on friday at the mosque': 'low',
      'good bye everyone see you tomorrow': 'low',
    });
  });

  it('keeps the alarm for a bare goodbye, no return named, sleep, another word or a grave emoji', () => {
    expectLevels({
      'goodbye everyone i am leaving the group chat': 'critical',
      'goodbye everyone logging off for a while': 'critical',
      'goodbye everyone see you soon': 'critical',
      'goodbye everyone': 'critical',
      'kwaheri kila mtu': 'critical',
      'goodbye everyone thank you im going to sleep now': 'critical',
      'goodbye everyone forgive me': 'critical',
      'goodbye everyone i will not see you tomorrow': 'critical',
      'goodbye everyone ⚰️ see you tomorrow': 'critical',
      'good bye everyone this is my last message': 'critical',
      'goodbye every one i cant take it anymore': 'critical',
    });
  });
});
