import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 127 (2026-12-04, session 32): crises opening with a denied attempt and tiredness, against the tiredness allowance of attempt-denied.ts; the first version lowered 77 of 176, none now.

describe('review 127: a red team against the tiredness after a denied attempt', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review127.jsonl', import.meta.url), [176, 60]);
});
