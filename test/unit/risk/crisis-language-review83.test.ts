import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 83 (2026-12-04): Swahili adherence reports, "kwenye jengo", clinic refills and "mama anasema nadanganya" were
// raised by the first version; narrowed. Its texts hold the kept rules' levels.

describe('review 83: an act told with a farewell, a denial taken back, a dated denial (Swahili and Sheng)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review83.jsonl', import.meta.url), [169, 132]);
});
