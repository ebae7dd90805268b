import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 146 (2026-12-05, session 36): 90 crises and 110 ordinary check-ins aimed at an act or thoughts dated two or
// three months ago (RULES.md, "Within three months"). Against cdbd472: crises below the writer's level 27 → 8;
// ordinary above it 11 → 12 (a sermon on suicide "a couple of months ago", low → high, as "last month" already was).
describe('review 146: a red team aimed at an act two or three months ago', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review146.jsonl', import.meta.url), [90, 110]);
});
