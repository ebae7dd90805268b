import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 166 (2026-12-05, session 38): 50 crises and 70 ordinary voice notes of 25–80 words, written blind, the
// danger told inside an account of the day. Against 19b31f1 and as first measured against 4cbad4b: crises below the
// writer's level 28, ordinary above 9 (no change: the readings were aimed at short texts); then read (in-sample).
describe('review 166: long voice notes with the danger told in passing', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review166.jsonl', import.meta.url), [50, 70]);
});
