import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Blind review 132 (2026-12-05, session 33): a fresh writer's crises in three families (not now but later, an attempt
// interrupted, pills or poison gathered) and their everyday twins, written before any scoring; the first version of
// this session's readings moved none of them.

describe('review 132: a fresh writer’s deferrals, interrupted attempts and preparations', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review132.jsonl', import.meta.url), [150, 150]);
});
