import { expectLevels } from '../../setup/risk-levels.js';

// cues-means.ts (session 54): asking oneself whether to use a means is a plan's question, as "should i" already was.

describe('crisis language: unsure whether to use a means', () => {
  it('reads not knowing whether to use a means as a plan', () => {
    expectLevels({
      'i dont know whether to hang myself or jump off a bridge': 'critical',
      'i dont know whether to jump off a bridge': 'critical',
      'im not sure if i should overdose': 'critical',
      'i wonder whether to hang myself': 'critical',
    });
  });

  it('leaves another person wondering as theirs', () => {
    expectLevels({
      'my brother doesnt know whether to hang himself': 'low',
    });
  });
});
