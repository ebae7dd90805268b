import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 181 (2026-12-05, session 40): 50 crises and 50 ordinary check-ins about thinking of a method, decisions and
// endings, written blind after the session's first review, scored and never read. Against 1940b2f -> now: crises at
// >= medium 48 -> 48 of 50, plans and acts at >= high 37 -> 37 of 45, ordinary at >= medium 6 -> 5 of 50 (>= high 3).
describe('review 181: thinking of a method, decisions and endings, written blind, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review181.jsonl', import.meta.url), [50, 50]);
});
