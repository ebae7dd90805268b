import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 153 (2026-12-05, session 36): 50 crises and 71 ordinary aimed at "they're back" and "yamerudi" after a
// cue naming thoughts (RULES.md, "They're back"). Against 064228d as first measured: crises below the writer's level
// 21 -> 11, ordinary above it 8 -> 9 ("My friends came back into my life and they are back every Sunday"); after
// people named before "they" were read (in-sample): 8 -> 8.
describe("review 153: a red team aimed at thoughts said to be back by 'they'", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review153.jsonl', import.meta.url), [50, 71]);
});
