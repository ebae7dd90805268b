import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The first code review of session 57 (2026-12-07): "tried" and "did it" in everyday news after a denial ("… i tried so
// hard at work", "… today i did it, i passed"), a way of life ended ("… maisha yangu ya zamani"), a decision to be fine;
// other turn, time and filler words before an attempt; plans told with a date, a secret or a goodbye; Swahili plans in
// other words. Crises at ≥ their level 0 of 26 on abdf67f → 22; ordinary raised 1 of 20 → 0.
describe('review 267: the first code review of session 57', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review267.jsonl', import.meta.url), [26, 20]);
});
