import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 109 (2026-12-04): a blind batch of preparations told with no word of suicide (a poison or a rope kept, a place
// or a day chosen, letters, debts, goodbyes) and their everyday twins. Its texts hold the kept rules' levels.

describe('review 109: a blind batch of preparations and their everyday twins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review109.jsonl', import.meta.url), [150, 100]);
});
