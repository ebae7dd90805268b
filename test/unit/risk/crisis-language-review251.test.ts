import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 251 (2026-12-07, session 56): emphasis inside a denial ("sina hata mawazo ya kujiua", "i have never so much
// as thought of suicide", "not once have i"), and crises with the same words that deny nothing of their own. Crises at
// ≥ medium 16 of 20 on cdef43f → 17; ordinary raised 14 of 20 → 9 (after four code reviews the plain reading lowers an
// emphatic denial only beside greetings or clearly ordinary talk: "… stressed about rent this month" keeps the alarm).
describe('review 251: a red team against emphasis inside a denial', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review251.jsonl', import.meta.url), [20, 20]);
});
