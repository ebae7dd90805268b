import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 223 (2026-12-07, session 52), on an attempt dated by a year and joined to how it ended ("… in 2019 and god
// helped me"): crises at ≥ medium 25 of 26 at the session's start and after (22 at their own level both); ordinary
// raised 20 of 24 → 16 (a day later in the same run-on clause still keeps the act current).
describe('review 223: a year-dated attempt and how it ended', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review223.jsonl', import.meta.url), [26, 24]);
});
