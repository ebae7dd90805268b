import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 22 (2026-12-03): a fresh helper wrote 183 check-ins against the three plan cues narrowed after review 21.
// They still raised 65 of 118 ordinary texts to critical (an old person "namalizia maisha yangu", life on ARVs, a burn
// "haikuwa makusudi", a resignation "Friday is my last day") and were withdrawn (RULES.md, "Plans and acts told
// plainly"). Its texts hold the kept rules' levels: no crisis lower, no ordinary text higher.

describe('review 22: plans and acts told plainly, narrowed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review22.jsonl', import.meta.url), [65, 118]);
});
