import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 149 (2026-12-05, session 36): 70 crises and 90 ordinary aimed at "the thoughts of killing myself …" (RULES.md,
// "The thoughts of killing myself"). The first form: crises below the writer's level 17 -> 0, ordinary above 47 -> 74;
// the narrowed form, written from them: 17 -> 3, 47 -> 47.
describe('review 149: a red team aimed at an article before "killing myself"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review149.jsonl', import.meta.url), [70, 90]);
});
