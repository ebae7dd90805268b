import { expectLevels } from '../../setup/risk-levels.js';

// cues-means.ts (session 54): asking oneself whether to use a means is a plan's question, as "should i" already was.

describe('crisis language: unsure whether to use a means', () => {
  it('reads not knowing whether to use a means as a plan', () => {
    expectLevels({
      'i dont know whether to hang myself or jump off a bridge': 'critical',
      'i dont know whether to jump off a bridge': 'critical',
      'im not sure if i should overdose': 'critical',
      'i wonder whether to hang myself': 'critical',
      'sijui whether to hang myself': 'critical',
      'i dont know if to hang myself': 'critical',
    });
  });

  it('leaves another person wondering, and a question about medicine, as they are', () => {
    expectLevels({
      'my brother doesnt know whether to hang himself': 'low',
      'i dont know whether to take all my meds together in the morning or split them': 'low',
      'i dont know whether to jump on the matatu or walk': 'low',
    });
  });
});
