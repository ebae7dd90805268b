import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 215 (2026-12-06, session 49), written to evade a relaxation (a dated past act, "today i am fine", then
// ordinary-looking words): it lowered 11 of its 35 crises to low, so that relaxation was withdrawn. As kept: crises at
// ≥ medium 35 of 35, ordinary raised 25 of 25 (recoveries told with more news after the wellbeing stay raised).
describe('review 215: a current danger told in everyday words after "today i am fine"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review215.jsonl', import.meta.url), [35, 25]);
});
