import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 223 (2026-12-07, session 52), on an attempt dated by a year and joined to how it ended ("… in 2019 and god
// helped me"): crises at ≥ medium 25 of 26 at the session's start → 26 (22 → 23 at their own level: "not safe tonight",
// cues-not-safe.ts); ordinary raised 20 of 24 → 16 by a first reading of the year, withdrawn (RULES.md) → 20.
describe('review 223: a year-dated attempt and how it ended', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review223.jsonl', import.meta.url), [26, 24]);
});
