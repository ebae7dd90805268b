import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 86 (2026-12-04): own medicine needs a plea, "nadanganya" only right after the denial, more Swahili pleas and
// days. Its texts hold the kept rules' levels.

describe('review 86: acts with farewells and dated denials, second round (Swahili and Sheng)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review86.jsonl', import.meta.url), [193, 127]);
});
