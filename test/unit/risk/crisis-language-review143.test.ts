import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 143 (2026-12-05, session 35): 130 crises and 130 ordinary check-ins aimed at a day said beside a past crisis
// (RULES.md, "A time that dates another event"). Against the first form of the day rule it raised 61 ordinary texts,
// 44 to critical ("i tried to kill myself on a saturday two years ago …"); the narrowed rule raises 3, to medium.
describe('review 143: a red team aimed at a day said beside a past crisis', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review143.jsonl', import.meta.url), [130, 130]);
});
