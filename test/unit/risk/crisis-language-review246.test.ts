import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The second code review of session 55 (2026-12-07): its examples against cues-harm-said-after.ts (accident words
// beside the act, a denied itch, Swahili idioms), the widened denial before a bare "i cut again", and never-so-much.ts
// (a present habit compared with the past). Crises at ≥ medium 0 of 11 on 8c74b0e → 11 kept; ordinary raised 0 of 29
// → 0.
describe('review 246: the second code review of session 55', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review246.jsonl', import.meta.url), [11, 29]);
});
