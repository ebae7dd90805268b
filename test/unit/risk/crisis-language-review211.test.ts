import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 211 (2026-12-06, session 48), a second fresh writer, written against the same change and its readings of
// the act made current again, scored before its texts were read: crises at ≥ medium 35 of 35 at the session's start →
// 31 first measured (preparations told after the past, which the history silenced) → 35 kept; ordinary raised 5 of 25
// → 4 → 5 kept.
describe('review 211: a past attempt with a year, preparations and repetitions after it, and lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review211.jsonl', import.meta.url), [35, 25]);
});
