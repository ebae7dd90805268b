import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 203 (2026-12-06, session 46, written blind to the rules): 30 long check-ins where one's own suicide and a
// plan, a purchase or "this time" make a current plan, 30 where they tell a recovery, a wedding, goats or an exam.
// Crises at the writer's level 26 → 29 of 30 with cues-after-history.ts as first measured; ordinary 20 of 30 raised
// before and after (testimonies of an attempt "in 2018" read as current: a standing false alarm, RULES.md "Session 46").
describe('review 203: a plan, a purchase or "this time" beside one\'s own suicide', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review203.jsonl', import.meta.url), [30, 30]);
});
