import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 97 (2026-12-04): a blind mix on both, then probes (comparisons, siphoning, a catch-up dose; another's words kept a denial's crisis). Its texts hold the kept rules' levels.

describe('review 97: a whole dose and a later day told blind, then probed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review97.jsonl', import.meta.url), [225, 377]);
});
