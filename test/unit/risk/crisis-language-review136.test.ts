import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind review 136 (2026-12-05, session 33): a fresh writer's crises in five families (not now but later, interrupted
// attempts, preparations, self-harm, attempts told by their aftermath) and their everyday twins, written after every
// reading of the session but one round of fixes; on first scoring none of its 300 texts moved.

describe('review 136: a fresh writer after the session’s readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review136.jsonl', import.meta.url), [150, 150]);
});
