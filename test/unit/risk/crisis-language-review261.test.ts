import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The sixth code review of session 56 (2026-12-07): self-punishment, tools, hiding and sport that earlier guards
// lowered; "beat myself up", hands on a keyboard or a drum, staying awake, a runner's wall, household bumps in
// Swahili, pimples; falls that are idioms, "hujipiga", Sheng stems, harm words, habits, denials still missed. Crises
// at ≥ medium 8 of 24 on cdef43f → 24; ordinary raised 1 of 16 → 1 ("slap my thighs laughing … but no suicidal
// thoughts", high on cdef43f too).
describe('review 261: the sixth code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review261.jsonl', import.meta.url), [24, 16]);
});
