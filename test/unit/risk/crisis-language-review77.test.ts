import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 77 (2026-12-04): typed signs (🥀, "?", quotes) and "tangu jana" after a denial said alone lowered crises; they
// keep the alarm now. Its texts hold the kept rules' levels.

describe('review 77: Swahili and Sheng plain denials, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review77.jsonl', import.meta.url), [130, 133]);
});
