import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 224 (2026-12-07, session 52), lookalikes of cues-not-safe.ts: crises at ≥ medium 19 of 20 at the session's
// start → 20 (12 → 13 at their own level); ordinary raised 6 of 30 → 8 by the first form (a flood, a stepfather,
// "sijiamini nikiwa peke yangu barabarani", a rope for a fence) → 6 kept.
describe('review 224: not safe from oneself, and its lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review224.jsonl', import.meta.url), [20, 30]);
});
