import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 78 (2026-12-04): goodbyes naming no return ("… logging off for a while") are veiled farewells too; only a
// named return stands a goodbye down now, and the sayings were withdrawn. Its texts hold the kept rules' levels.

describe('review 78: goodbyes and sayings, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review78.jsonl', import.meta.url), [144, 147]);
});
