import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 293 (session 59, 2026-12-08), written blind and scored before it was read (crises 27 of 30 at their level,
// 2 of 30 ordinary raised, the same before and after the session's change).
describe('red team 293: a week of check-ins, scored blind first', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review293.jsonl', import.meta.url), [30, 30]);
});
