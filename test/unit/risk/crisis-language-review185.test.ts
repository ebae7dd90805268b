import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 185 (2026-12-05, session 41): 60 crises told as plans and acts and 40 hard ordinary check-ins, the topic of
// red team 182, written blind by a fresh writer after the session's readings, scored and never read. On 92888f5's rules
// -> after the session: crises at >= medium 59 -> 59 of 60, plans and acts at >= high 52 -> 52 of 60, ordinary at
// >= medium 9 -> 9 of 40 (>= high 4): what the session read from 182 did not reach a fresh writer.
describe('review 185: plans and acts in everyday words, written blind, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review185.jsonl', import.meta.url), [60, 40]);
});
