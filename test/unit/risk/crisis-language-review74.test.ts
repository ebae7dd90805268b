import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 74 (2026-12-04): an everyday "goodbye everyone" stood down beside emoji (⚰️) and sleep words; narrowed to
// goodbyes naming a return, typed plainly. Its texts hold the kept rules' levels.

describe('review 74: "goodbye everyone", first round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review74.jsonl', import.meta.url), [140, 129]);
});
