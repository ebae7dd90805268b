import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 84 (2026-12-04): going to a place lowered "… i go to the farm to hang myself"; the place must be the last
// thing said. Its texts hold the kept rules' levels.

describe('review 84: a plain denial then "doing well" or an everyday place', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review84.jsonl', import.meta.url), [162, 112]);
});
