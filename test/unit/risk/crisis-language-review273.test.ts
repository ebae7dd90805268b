import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fifth code review of session 57 (2026-12-07): effort over a week ("this week i really tried", "wiki hii
// nimejaribu") is no attempt; "again" opening a check-in ("hi its me again …") is no denial of what is over; a plan after
// "anymore" with a day or a goodbye; more openers ("i was never", "niko fiti", "basically", "nataka tu kusema"); a
// Swahili day after a plan; "naona aibu", "it was so close"; "… sasa nianze upya" (a new life). Crises at ≥ their level
// 0 of 13 on abdf67f → 12; ordinary raised 1 of 6 → 1 (as high as on abdf67f).
describe('review 273: the fifth code review of session 57', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review273.jsonl', import.meta.url), [13, 6]);
});
