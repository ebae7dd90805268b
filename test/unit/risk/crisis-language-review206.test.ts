import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 206 (2026-12-06, session 46), a fresh writer blind to the rules, scored on 0ee5a03 before its texts were
// read: 35 crises where one's own suicidal past or present and a means, a date, "this time" or "tena" make a current
// plan, 35 ordinary check-ins with the same words. Crises at the writer's level 17 (the session's start) → 18 of 35 as
// first measured, 22 after "nilipojaribu", "i attempted and …", "i have everything i need", a date followed by when it
// is and "safari hii" no longer read as a trip (in-sample); ordinary 21 of 35 raised before and after (recovery stories).
describe("review 206: a plan beside one's own suicidal past or present, and recoveries told in the same words", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review206.jsonl', import.meta.url), [35, 35]);
});
