import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The third code review of session 56 (2026-12-07): an act or means told before an emphatic denial, "siko na" stripped
// beside a plan, retractions, frequency, dates, "i'll", a burden or a wish to die after it; "never wanted to live"
// missed before fillers and times, raised before a move. Crises at ≥ medium 23 of 30 on cdef43f → 30; ordinary
// raised 11 of 17 → 3 ("never once planned to end my life", "sijawahi fikiria kujiua hata siku moja", "… stressed
// about rent this month", as on cdef43f).
describe('review 258: the third code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review258.jsonl', import.meta.url), [30, 17]);
});
