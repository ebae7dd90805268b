import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 147 (2026-12-05, session 36): 100 crises and 120 ordinary check-ins aimed at a later sentence saying the act
// happened again (RULES.md, "Again, in a later sentence"). Against f6d6e95: the first form took crises below the
// writer's level 45 -> 34 and raised 6 ordinary texts; the form shipped, written from them: 45 -> 12, ordinary 38 -> 38.
describe('review 147: a red team aimed at a relapse told after a history', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review147.jsonl', import.meta.url), [100, 120]);
});
