import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 217 (2026-12-06, session 50), against a decision to live or to get help read as no plan: crises at ≥ medium
// 34 of 35 at the session's start → 34 (at their own level 31 → 31); ordinary raised 16 of 25 → 16. A first form, the
// decision silencing the cue wherever nothing else read as risk, took the ordinary ones to 6 but lowered 8 of these
// crises below their level: only a check-in that is the decision alone is exempt now.
describe('review 217: a decision to live or to get help, and crises told after one', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review217.jsonl', import.meta.url), [35, 25]);
});
