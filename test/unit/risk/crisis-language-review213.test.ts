import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 213 (2026-12-06, session 49), a fresh writer, against a year opening the clause before one's own past act
// and an act dated right after it then a wellbeing of today: crises at ≥ medium 32 of 35 at the session's start → 32
// kept; ordinary raised 15 of 25 → 15 (the year first was withdrawn after a code review; recoveries told with more news
// after "today i am fine" stay raised).
describe('review 213: a past act dated by a year or "years ago", current risk after it, and recoveries', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review213.jsonl', import.meta.url), [35, 25]);
});
