import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 249 (2026-12-07, session 55), written across never this much, to live no more, self-harm after a denial
// and "dye" spelled "die": crises at ≥ medium 17 of 20 on 8c74b0e → 17 kept; ordinary raised 8 of 20 → 5.
describe('review 249: the session’s four themes together', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review249.jsonl', import.meta.url), [20, 20]);
});
