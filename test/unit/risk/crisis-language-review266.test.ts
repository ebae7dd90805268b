import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 266 (session 57, 2026-12-07, a fresh writer, blind): a reassurance or a denial and then an attempt, a plan
// or everyday news. Crises at ≥ medium 9 of 20 on abdf67f → 9 (its reassurances are not denials the change reads);
// ordinary raised 1 of 20 → 1.
describe('review 266: a reassurance, then an attempt, a plan or the day', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review266.jsonl', import.meta.url), [20, 20]);
});
