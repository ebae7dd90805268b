import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 183 (2026-12-05, session 41): 50 crises and 60 hard ordinary check-ins, general, written blind, scored and
// never read. On 92888f5's rules and after the session: crises at >= medium 50 of 50, plans and acts at >= high 38 of
// 38, ordinary at >= medium 11 of 60 (>= high 3): the session's readings moved nothing for a fresh writer.
describe('review 183: general check-ins, written blind, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review183.jsonl', import.meta.url), [50, 60]);
});
