import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind review 134 (2026-12-05, session 33): a fresh writer's crises in five families (attempts, interrupted attempts,
// preparations, thoughts, self-harm) and their everyday twins, written before any scoring; the session's first
// readings moved none of them.

describe('review 134: a fresh writer’s five families of crisis', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review134.jsonl', import.meta.url), [150, 150]);
});
