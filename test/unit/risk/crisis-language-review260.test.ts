import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fifth code review of session 56 (2026-12-07): goodbyes, research, others' beliefs, a first time, a change told
// beside an emphatic denial in words no list holds (now the graver reading counts unless the rest is greetings or
// clearly ordinary talk); "i never thought i would hurt myself playing football", a past or joking exception, "my mum
// said no one …", "easier if i didnt wake up so early". Crises at ≥ medium 18 of 19 on cdef43f → 19; ordinary raised
// 2 of 12 → 0.
describe('review 260: the fifth code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review260.jsonl', import.meta.url), [19, 12]);
});
