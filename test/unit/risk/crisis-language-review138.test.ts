import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind review 138 (2026-12-05, session 33): a fresh writer's crises in six families, scored against the session's
// start after all its readings landed: 73 → 74 of 150 at high or above, one of 300 texts moved. Held at the rules' levels.

describe('review 138: a fresh writer against the whole session', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review138.jsonl', import.meta.url), [150, 150]);
});
