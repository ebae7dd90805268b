import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 265 (session 57, 2026-12-07, written blind): a denial and then an attempt told now ("… but last night i
// tried", "… lakini jana nilijaribu") or a plan bare ("… its just that ive decided. i have a plan and i know when"),
// beside everyday things tried, planned or decided. Crises at ≥ medium 8 of 20 on abdf67f → 11; ordinary raised 2 of 20
// → 2.
describe('review 265: a denial, then an attempt or a plan', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review265.jsonl', import.meta.url), [20, 20]);
});
