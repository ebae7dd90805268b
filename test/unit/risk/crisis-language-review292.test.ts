import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The third code review of session 59 (2026-12-08): Swahili despair after "nikasema hapana" (tired of fighting, no way
// ahead, losses); plans made together, for a clinic or to stop drinking; a last night; journeys of no return.
describe('review 292: the third code review of session 59', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review292.jsonl', import.meta.url), [17, 10]);
});
