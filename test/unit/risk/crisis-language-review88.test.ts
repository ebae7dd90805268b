import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 88 (2026-12-04): bought means with a bare goodbye, Sheng pills, "sitajirusha" (not going out), last check-ins
// and "who am i kidding" later narrowed. Its texts hold the kept rules' levels.

describe('review 88: everyday check-ins beside acts with farewells, third round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review88.jsonl', import.meta.url), [87, 248]);
});
