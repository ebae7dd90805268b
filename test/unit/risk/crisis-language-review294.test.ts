import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fourth code review of session 59 (2026-12-08): a yes or a lie before "i said no", a day, an hour or slang for
// leaving after it; a plan question answered yes about a baby, a business or a move; a graduation goodbye.
describe('review 294: the fourth code review of session 59', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review294.jsonl', import.meta.url), [12, 9]);
});
