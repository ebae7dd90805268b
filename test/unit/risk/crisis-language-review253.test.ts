import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 253 (2026-12-07, session 56): self-harm other than cutting told first, then a turn and a denial of suicide
// ("najikwaruza mpaka damu lakini sina mawazo ya kujiua"), against accidents, itches, sport and idioms in the same
// shape. Crises at ≥ medium 5 of 20 on cdef43f → 18; ordinary raised 2 of 20 → 2.
describe('review 253: a red team against self-harm told before a denial of suicide', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review253.jsonl', import.meta.url), [20, 20]);
});
