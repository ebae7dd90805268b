import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 204 (2026-12-06, session 46, written blind to the rules after two code reviews): 35 crises where one's own
// suicide and a means, a day or "this time" make a plan, 45 ordinary check-ins with chores, farms, chemists, safety
// plans, testimonies and anniversaries. Crises at the writer's level 17 → 19 of 35 as first measured, 29 after the
// wordings it showed were read (in-sample); ordinary 19 of 45 raised before and after (recovery told with a year or an
// anniversary: a standing false alarm, RULES.md "Session 46").
describe('review 204: a means, a day or "this time" beside one\'s own suicide, and their everyday lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review204.jsonl', import.meta.url), [35, 45]);
});
