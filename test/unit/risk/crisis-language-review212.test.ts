import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 212 (2026-12-06, session 48), a third fresh writer, written against the finished change (a dated past
// attempt as history, current risk told after it), scored before its texts were read: crises at ≥ medium 30 of 35 at
// the session's start → 30 out of sample → 31 kept (hidden "pills" in Sheng); ordinary raised 13 of 25 → 9.
describe('review 212: a dated past attempt, current risk told in other words after it, and recoveries', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review212.jsonl', import.meta.url), [35, 25]);
});
