import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fourth code review of session 56 (2026-12-07): household burns and bumps, Sheng "kujipiga X", the dark, dandruff,
// a dream or a drum raised by a routine "but im not suicidal" after them; someone else's denial; denials, harm words and
// Swahili forms missed. The bare acts now need the old gate; only acts told with their harm take the new one. Crises
// at ≥ medium 0 of 16 on cdef43f → 16; ordinary raised 0 of 20 on cdef43f (most of them on aef6411) → 0.
describe('review 259: the fourth code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review259.jsonl', import.meta.url), [16, 20]);
});
