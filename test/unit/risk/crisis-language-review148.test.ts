import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 148 (2026-12-05, session 36): 90 crises and 110 ordinary, fresh, against the relapse rule after red team 147.
// Against f6d6e95 as first measured: crises below the writer's level 39 -> 27, ordinary above it 41 -> 45 (a sister's
// cutting, urges ridden out, "I relapsed. On sugar."); after those four were fixed (in-sample): 39 -> 21, 41 -> 41.
describe('review 148: a fresh red team on the relapse rule', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review148.jsonl', import.meta.url), [90, 110]);
});
