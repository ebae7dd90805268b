import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 151 (2026-12-05, session 36): 65 crises and 85 ordinary aimed at a later sentence saying the feeling goes on
// (RULES.md, "Still, in a later sentence"). Against 064228d as first measured: crises below the writer's level 33 -> 28,
// ordinary above it 33 -> 34 ("makovu hayajaisha"); the form written from it (in-sample): 33 -> 10, 33 -> 33.
describe('review 151: a red team aimed at a feeling said to go on', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review151.jsonl', import.meta.url), [65, 85]);
});
