import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 218 (2026-12-06, session 50), against "nilikuwa nawaza kujiua zamani …" read as a past: crises at ≥ medium
// 33 of 35 at the session's start → 25 with it (a past at the opening of a run-on check-in swallowed the crises told
// after it), so it was withdrawn → 35 (27 → 29 at their own level, "nijiondoe duniani" and wounds "nilivyojifanyia" read); ordinary raised
// 12 of 25 → 12.
describe('review 218: a colloquial past at the opening, and the crises told after it', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review218.jsonl', import.meta.url), [35, 25]);
});
