import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 117 (2026-12-04, session 31): blind: attempts at bridges, rivers, the railway, the road, with guns and others' pills. Its texts hold the kept rules' levels.

describe("review 117: blind: attempts at bridges, rivers, the railway, the road, with guns and others' pills", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review117.jsonl', import.meta.url), [150, 130]);
});
