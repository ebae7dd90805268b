import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 291 (session 59, 2026-12-08): forty everyday check-ins with the new readings' words (plans, goodbyes, not
// making it, a named day, no return) and twenty crises that mean them.
describe('red team 291: hard everyday check-ins beside the new readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review291.jsonl', import.meta.url), [20, 40]);
});
