import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fourth code review of session 58 (2026-12-07): a plan denied, then a sentence that raises on its own ("I already
// bought what I need."), the way or the day known, "yet" after a comma, the denial told to be discharged; goodbyes for
// a trip with despair in the next sentence; "najua tu siku ya mtihani"; a brother's denial.
describe('review 284: the fourth code review of session 58', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review284.jsonl', import.meta.url), [16, 3]);
});
