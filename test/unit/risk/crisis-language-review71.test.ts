import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 71 (2026-12-03): "nimeanza kujikata tena" read as self-harm raised 27 of 61 ordinary texts (Sheng "kujikata"
// leaves the gengi, a party, social media; a time word let anything follow); withdrawn. Its texts hold the kept rules'
// levels.

describe('review 71: cutting oneself again said in Swahili', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review71.jsonl', import.meta.url), [66, 61]);
});
