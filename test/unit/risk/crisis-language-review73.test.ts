import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 73 (2026-12-04): a spoken denial said alone ("hakuna mawazo ya kujiua") read whatever came before lowered 38
// crises ("eti hakuna …", "nimeshaamua. hakuna …"); narrowed to one opening the check-in. Its texts hold the kept
// rules' levels.

describe('review 73: Swahili and Sheng plain denials, first round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review73.jsonl', import.meta.url), [140, 124]);
});
