import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 82 (2026-12-04): the first act-with-a-farewell cue read the whole check-in; its false alarms (doses kept, commutes,
// apologies) led to adjacency and a dose's words. Its texts hold the kept rules' levels.

describe('review 82: an act told with a farewell, a denial taken back, a dated denial (English)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review82.jsonl', import.meta.url), [171, 150]);
});
