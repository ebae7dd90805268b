import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 175 (2026-12-05, session 39), aimed at the session's three lowering readings (a condition on anyone, the
// Swahili third person, a time that bounds sleep): 60 crises and 40 ordinary texts; none of its crises falls.
describe('review 175: crises hidden behind the session’s lowering readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review175.jsonl', import.meta.url), [60, 40]);
});
