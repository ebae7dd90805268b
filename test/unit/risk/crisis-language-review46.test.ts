import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 46 (2026-12-03): the fourth form lowered 27 Swahili and Sheng crises ("zamani ninajikata", "zamani nishaamua
// kujiua"); only "nilikuwa" or a plain nili- past reads as past now. Its texts hold the kept levels.

describe('review 46: a history beside a good day, fourth form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review46.jsonl', import.meta.url), [141, 97]);
});
