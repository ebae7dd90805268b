import { expectLevels } from '../../setup/risk-levels.js';

// Leaving the world with the time first or in the plain present, and a farewell after a loss (cues-farewell.ts;
// reviews 56, 59, 61): raise only, ending on the departure or a farewell, blocked by what the whole check-in is about.

describe('crisis language: a departure with the time first, and after a loss', () => {
  it('reads the time first or the plain present as a plan when it ends there or on a farewell', () => {
    expectLevels({
      'tonight i leave this world': 'critical',
      'i leave this world tonight': 'critical',
      'today i leave this world im sorry': 'critical',
      'leo naondoka hii dunia kwaheri': 'critical',
      'i cant do this anymore tonight i leave this world': 'critical',
    });
  });

  it('reads a farewell after someone left or a job was lost as the speaker’s own', () => {
    expectLevels({
      'she left me i am leaving this world tonight': 'critical',
      'i lost my job today i leave this world': 'critical',
      'i lost my job and my house tonight i end it all': 'critical',
    });
  });

  it('leaves breaks, moves, games and messages at their older level', () => {
    expectLevels({
      'tonight i leave this world goodbye tiktok for one month': 'medium',
      'tomorrow i leave this world for good going back to shags': 'low',
      'Minecraft all day. Tonight i leave this world': 'low',
      'he left me a voice note at midnight i am leaving this world tonight goodbye im so scared what do i do': 'low',
      'my grandma says she is leaving this world tonight': 'low',
      'today i leave this world of stress behind': 'low',
    });
  });

  it('reads two farewell endings that never matched before', () => {
    expectLevels({
      'by the time you read this i will be gone forever goodbye': 'critical',
      'im going to heaven tonight i will never wake up again': 'critical',
    });
  });
});
