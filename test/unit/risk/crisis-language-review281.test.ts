import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 281 (session 58, 2026-12-07): crises hidden behind a plan denied, a question answered no or a trip goodbye
// ("… i have never planned to end my life … sunday evening is when everything stops for me", "… god simply forgets to
// wake me up"), and the same forms said sincerely before rent, a baby, football or a job abroad.
describe('red team 281: crises behind a plan denied, an answered no or a trip', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review281.jsonl', import.meta.url), [22, 18]);
});
