import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 187 (2026-12-06, session 42): 80 crises of current ideation told mostly indirectly, mostly in Swahili, Sheng
// and the mix, and 60 hard ordinary check-ins, written blind by a fresh writer, scored and never read. On becfab1's
// rules -> after the session: crises at >= medium 74 -> 74 of 80, ordinary 12 -> 12 of 60 (12 -> 8 with the support
// tried and withdrawn).
describe('review 187: indirect wishes, mostly in Swahili and Sheng, written blind, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review187.jsonl', import.meta.url), [80, 60]);
});
