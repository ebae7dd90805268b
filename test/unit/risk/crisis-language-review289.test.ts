import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The first code review of session 59 (2026-12-08): turning up tomorrow, a safety, business or family plan, a funeral's
// or an app's goodbye, quitting alcohol, emigrating; and plan questions answered yes in other words.
describe('review 289: the first code review of session 59', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review289.jsonl', import.meta.url), [23, 20]);
});
