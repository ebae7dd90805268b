import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 208 (2026-12-06, session 47), a fresh writer blind to the rules, scored before its texts were read:
// crises at the writer's level 12 (the session's start) → 13 of 35 as first measured (out-of-sample), 19 after the
// code review's and red team 207's wordings; ordinary 9 of 25 raised before and after (groups, trips, offices).
describe('review 208: a day or a time set for one’s death, and the same words in everyday check-ins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review208.jsonl', import.meta.url), [35, 25]);
});
