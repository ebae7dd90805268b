import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 111 (2026-12-04): crises told with letters and wills, written against a lowering change (withdrawn). Its texts hold the kept rules' levels.

describe('review 111: crises told with letters and wills, written against a lowering change (withdrawn)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review111.jsonl', import.meta.url), [120, 80]);
});
