import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 60 (2026-12-03): a will, letters, things given away or a knife beside a saying ("nataka kufa na aibu") raised
// 29 ordinary texts from high to critical; narrowed, then withdrawn. Its texts hold the kept rules' levels.

describe('review 60: preparation beside a wish, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review60.jsonl', import.meta.url), [102, 100]);
});
