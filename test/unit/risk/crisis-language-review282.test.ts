import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The third code review of session 58 (2026-12-07): a plan denied, then a day picked, letters, the urge, "i might do
// it", the edge; goodbyes with a journey that stands for death ("… heading to where my brother went", "… to a place
// where i can finally rest"); "right now" and "yet though" after an act refused; an exam, the kids and a fast.
describe('review 282: the third code review of session 58', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review282.jsonl', import.meta.url), [20, 4]);
});
