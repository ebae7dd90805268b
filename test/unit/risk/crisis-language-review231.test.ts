import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 231 (2026-12-07, session 53), written against a "no longer" that ends the check-in and two things denied
// together: crises at ≥ medium 14 of 18 on 8c56c4d → 13 ("… so do not worry i no longer want to kill myself" after
// farewell letters) → 15 kept ("no longer" denies only said alone); ordinary raised 4 of 6 → 3.
describe('review 231: a denial at the end, and two things denied', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review231.jsonl', import.meta.url), [18, 6]);
});
