import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 100 (2026-12-04): an aimed batch on the suicidal thoughts told after what happened to the speaker. Its texts hold the kept rules' levels.

describe('review 100: an aimed batch on the suicidal thoughts told after what happened to the speaker', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review100.jsonl', import.meta.url), [129, 139]);
});
