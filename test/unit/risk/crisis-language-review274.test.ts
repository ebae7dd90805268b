import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 274 (session 58, 2026-12-07): plans and attempts told inside a ramble about jobs, rent and family, and
// their everyday lookalikes (plans for trips, wills, goodbyes at the airport). "sunday is the day i end it all" is a
// plan now; goodbyes said for a flight abroad are no farewell.
describe('red team 274: plans and attempts told in a ramble', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review274.jsonl', import.meta.url), [22, 18]);
});
