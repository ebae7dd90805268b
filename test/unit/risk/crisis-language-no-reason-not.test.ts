import { expectLevels } from '../../setup/risk-levels.js';

// reading.ts negated() (session 53, red team 228): "no reason not to" is a wish, "a reason not to" a protection.

describe('crisis language: no reason not to', () => {
  it('reads no reason against the act as a wish for it', () => {
    expectLevels({
      'i see no reason not to kill myself': 'high',
      'i cant find a reason not to kill myself': 'high',
      'i dont have any reason not to kill myself': 'high',
      'give me one reason not to end my life': 'high',
      'i no longer see a reason not to kill myself my kids are staying with their dad now': 'high',
    });
  });

  it('reads a reason not to as the denial it is', () => {
    expectLevels({
      'i have a reason not to kill myself my kids': 'low',
      'my kids are my reason not to kill myself': 'low',
    });
  });
});
