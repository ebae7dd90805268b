import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 85 (2026-12-04): other people's pills, finished courses, rooftops and "i have my plans" narrowed; more pleas
// and poisons read. Its texts hold the kept rules' levels.

describe('review 85: acts with farewells and denials taken back, second round (English)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review85.jsonl', import.meta.url), [163, 155]);
});
