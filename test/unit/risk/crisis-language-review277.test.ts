import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 277 (session 58, 2026-12-07): farewells veiled as a trip ("they think im travelling") and real trip
// goodbyes (a visa to Canada, JKIA), a weekday chosen for the end and "friday i end it all with kevin".
describe('red team 277: goodbyes for a trip and a day chosen', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review277.jsonl', import.meta.url), [20, 20]);
});
