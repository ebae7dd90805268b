import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 176 (2026-12-05, session 39): 60 crises and 60 ordinary check-ins written blind after the session's last
// change, scored and never read. Against 3c1f0db crises at >= medium 57, plans and acts at >= high 28 of 34; now 60 and
// 33; ordinary at >= medium 9 of 60 either way.
describe('review 176: check-ins written blind after the session, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review176.jsonl', import.meta.url), [60, 60]);
});
