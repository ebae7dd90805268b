import { expectLevels } from '../../setup/risk-levels.js';

// cues-speech.ts (session 53, a code review of 65f2d19): no will or desire to live, also "no longer have any".

describe('crisis language: no will to live', () => {
  it('reads not having any will to live as a passive wish', () => {
    expectLevels({
      'i have no will to live': 'medium',
      'i no longer have any will to live': 'medium',
      'i dont have any will to live': 'medium',
      'i do not have the will to live': 'medium',
    });
  });

  it('leaves a reason to live somewhere as it is', () => {
    expectLevels({
      'i dont have any reason to live in nairobi': 'low',
    });
  });
});
