import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 229 (2026-12-07, session 53), a risk phrase said twice in one run-on sentence, the first not the speaker's:
// crises at ≥ medium 17 of 18 at the session's start → 17 kept; ordinary raised 8 of 12 → 8 (every one raised before
// every-match.ts too: a school talk, a doctor's questions, an idiom said twice).
describe("review 229: the same risk phrase twice, once the speaker's", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review229.jsonl', import.meta.url), [18, 12]);
});
