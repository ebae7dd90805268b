import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The second code review of session 58 (2026-12-07): an attempt, intent or the thoughts after a plan denied, a trip
// goodbye with last wishes or no return, self-harm after an echoed no, "no i dont know", a Sheng "bado bana", "but i will
// do it" after any denial, Swahili answers ("hapana kwa kweli sina", "sina mpango wowote").
describe('review 279: the second code review of session 58', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review279.jsonl', import.meta.url), [21, 7]);
});
