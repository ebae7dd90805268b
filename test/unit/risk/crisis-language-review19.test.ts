import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 19 (2026-12-03): a helper wrote 245 check-ins against a third attempt at a denial left open (left-open.ts) and
// a "nimeshagawa vitu vyangu" cue. It raised 58 of 124 ordinary texts (things back, tomorrow unknown of an exam, a
// programme's last check-in, belongings given away on moving) and lowered 3 crises (a laugh silencing the learned
// layers); the cue was withdrawn and the rule narrowed, then narrowed again after review 20 (RULES.md, "A denial left
// open"). Its texts hold the kept rules' levels: no crisis lower (`atLeast`), no ordinary text higher (`atMost`).

describe('review 19: denials left open, a third attempt', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review19.jsonl', import.meta.url), [105, 140]);
});
