import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 96 (2026-12-04): the second round on both (routine medicine, refills, the day's pills together, hyperbole before the denial). Its texts hold the kept rules' levels.

describe('review 96: the whole dose and the later day, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review96.jsonl', import.meta.url), [159, 426]);
});
