import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 177 (2026-12-05, session 40): 60 crises and 60 ordinary check-ins written blind, scored before any change of
// the session: plans and acts at >= high 48 of 50, ordinary at >= medium 4 of 60 (>= high 2). Then read: its misses and
// false alarms gave the session's readings (RULES.md, "Session 40"); now 50 of 50, ordinary 4 of 60 (>= high 1).
describe('review 177: check-ins written blind, then read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review177.jsonl', import.meta.url), [60, 60]);
});
