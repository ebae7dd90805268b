import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 144 (2026-12-05, session 35): 67 crises and 118 ordinary check-ins aimed at the day rule as first landed,
// which let a day at the crisis outweigh a date in its own sentence ("when i was 19 i tried to kill myself at the
// weekend …": 31 ordinary texts raised to critical). Since a day counts only against a time in another sentence, or in
// run-on speech against a time that dates another event joined before the crisis, 2 are (a year given two sentences
// later: "… That was 2008 …"; "back in form four my grades dropped and i attempted suicide on the weekend and survived …");
// crises below the writer's level 48 → 22 against 0c00345.
describe('review 144: a red team aimed at the day said at a past crisis', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review144.jsonl', import.meta.url), [67, 118]);
});
