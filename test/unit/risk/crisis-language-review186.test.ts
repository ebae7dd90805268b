import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 186 (2026-12-06, session 42): 70 crises of passive or active ideation told indirectly and 70 hard ordinary
// check-ins, written blind by a fresh writer, scored and never read. On becfab1's rules -> after the session: crises at
// >= medium 61 -> 61 of 70, ordinary at >= medium 10 -> 10 of 70 (10 -> 8 with the support tried and withdrawn).
describe('review 186: indirect wishes and their lookalikes, written blind, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review186.jsonl', import.meta.url), [70, 70]);
});
