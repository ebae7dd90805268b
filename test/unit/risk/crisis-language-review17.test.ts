import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 17 (2026-12-03): a helper wrote 208 check-ins against a rule reading a cut, burn or hurt told as an everyday
// accident ("nimejikata kidole nikikata vitunguu", "I burned myself on the stove") as no self-harm. It lowered 68 of the
// 104 crises (57 to low: the truth in the next clause, a denied accident, habit, a cover story) while quieting 52 of 104
// accidents, and was withdrawn (RULES.md, "An accident told with self-harm's words"). Its texts hold the levels of the
// rules kept: no crisis lower (`atLeast`), no ordinary text higher (`atMost`; 99 accidents stay critical).

describe('review 17: accidents told with self-harm’s words', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review17.jsonl', import.meta.url), [104, 104]);
});
