import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 79 (2026-12-04): a denial limited to a place ("… only at work"), reassurance said over, emoticons and a
// trailing "..." keep the alarm now. Its texts hold the kept rules' levels.

describe('review 79: plain denials, final wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review79.jsonl', import.meta.url), [137, 140]);
});
