import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 80 (2026-12-04): quotes, "?" and sad emoticons beside a daily goodbye keep the alarm now. Its texts hold the
// kept rules' levels.

describe('review 80: "goodbye everyone", final wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review80.jsonl', import.meta.url), [139, 148]);
});
