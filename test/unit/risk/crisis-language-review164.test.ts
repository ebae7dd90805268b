import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 164 (2026-12-05, session 38): 60 crises and 90 ordinary twins, written blind, aimed at the session's five
// readings (at the edge now, swallowed then a plea, waiting to be alone, a bare "i tried" with a vow, affairs then
// absence). Against 19b31f1 crises below 50, ordinary above 15; as first measured 36 and 18; in-sample 8 and 15.
describe("review 164: a red team aimed at the session's five readings", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review164.jsonl', import.meta.url), [60, 90]);
});
