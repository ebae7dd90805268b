import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 62 (2026-12-03): denied self-harm words counted as context and objects far after the cut were read: 21 aimed
// ordinary texts; narrowed. Its texts hold the kept rules' levels.

describe('review 62: cutting said bare, third wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review62.jsonl', import.meta.url), [100, 99]);
});
