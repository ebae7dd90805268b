import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 209 (2026-12-06, session 47), a fresh writer blind to the rules, written against a past attempt or wish
// made current by "again", "once more", "that place" or "the same", scored before its texts were read: crises at the
// writer's level 23 (the session's start) → 24 of 35, first measured and kept; ordinary 10 of 25 raised before and
// after (recoveries told with a year or an age, then everyday news: all raised before this session).
describe('review 209: a past attempt or wish, the same again now, and recoveries in the same words', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review209.jsonl', import.meta.url), [35, 25]);
});
