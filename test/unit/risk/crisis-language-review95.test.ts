import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 95 (2026-12-04): a later day set or doubted after a dated denial (sitajiumiza, grooming, bad liquor, tasks, hope). Its texts hold the kept rules' levels.

describe('review 95: a later day after a denial dated to today', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review95.jsonl', import.meta.url), [142, 270]);
});
