import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 163 (2026-12-05, session 38): 50 crises and 50 ordinary look-alikes, written blind and held back while the
// first readings were written. Against 19b31f1 crises below 31, ordinary above 2; first measured against those
// readings 30 and 2; then read (in-sample).
describe('review 163: danger now or within days, in one or two lines', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review163.jsonl', import.meta.url), [50, 50]);
});
