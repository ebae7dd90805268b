import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The first code review of session 55 (2026-12-07): its examples against never-so-much.ts, cues-harm-said-after.ts,
// the "live no more" cue and the "dye" spelling. Crises at ≥ medium 8 of 21 on 8c74b0e → 20 kept (not "… hitting my
// head against the wall", an idiom as often, as the second review found); ordinary raised 1 of 21 → 1 ("i want to live
// no more drinking", by the learned reading, as before).
describe('review 244: the first code review of session 55', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review244.jsonl', import.meta.url), [21, 21]);
});
