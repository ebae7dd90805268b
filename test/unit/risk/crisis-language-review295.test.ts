import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fifth code review of session 59 (2026-12-08): "i said no" to a nurse followed by a reason to lie ("coz i need my
// job", "so i get back to the shop"), a day, things handed over, worthlessness or a leaving date. Reading such an
// answer as a denial lowered them; it was withdrawn and these hold the alarm.
describe('review 295: the fifth code review of session 59', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review295.jsonl', import.meta.url), [18, 0]);
});
