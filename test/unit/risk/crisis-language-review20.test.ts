import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 20 (2026-12-03): a fresh helper wrote 167 check-ins against the narrowed third attempt at a denial left open
// (left-open.ts after review 19). It raised 45 of 101 ordinary texts through the thoughts said to be back ("… mawazo
// yamerudi" of worries) and a last check-in with a farewell; those were withdrawn, "not today" / "not yet" and
// tomorrow unknown kept (RULES.md, "A denial left open"). Its texts hold the kept rules' levels.

describe('review 20: denials left open, narrowed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review20.jsonl', import.meta.url), [66, 101]);
});
