import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 210 (2026-12-06, session 48), a fresh writer blind to the rules, written against an attempt dated by an
// earlier year read as history and the act made current again, scored before its texts were read: crises at ≥ medium
// 34 of 35 at the session's start → 31 first measured → 35 kept; ordinary raised 18 of 25 → 10 → 13 kept (a year
// followed by "and …" was given back its older reading after a code review).
describe('review 210: an attempt dated by a year, current risk told after it, and recoveries told with a year', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review210.jsonl', import.meta.url), [35, 25]);
});
