import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 228 (2026-12-07, session 53), written against "no longer" as a negator and two things denied together:
// crises at ≥ medium 19 of 20 at the session's start → 17 ("… that is what i told the counselor in march but since
// friday the thoughts are back") → 20 kept (the thoughts back after an opening denial, a turn after "that is what i
// told", "no reason not to"); ordinary raised 7 of 10 → 3.
describe('review 228: "no longer" and two things denied, taken back', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review228.jsonl', import.meta.url), [20, 10]);
});
