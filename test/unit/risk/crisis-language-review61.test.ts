import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 61 (2026-12-03): "left me a voice note", jokes and shows raised 12 aimed ordinary texts; narrowed. Its texts
// hold the kept rules' levels.

describe('review 61: a farewell after a loss, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review61.jsonl', import.meta.url), [90, 80]);
});
