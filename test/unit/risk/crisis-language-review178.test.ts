import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 178 (2026-12-05, session 40): 50 crises and 50 ordinary long voice notes written blind, scored before any
// change of the session: crises at >= medium 49 of 50, plans and acts at >= high 41 of 42, ordinary at >= medium 8 of 50
// (>= high 4). Then read; now 50, 42, and 7 of 50 (>= high 3).
describe('review 178: long voice notes written blind, then read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review178.jsonl', import.meta.url), [50, 50]);
});
