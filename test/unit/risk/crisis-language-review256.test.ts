import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The second code review of session 56 (2026-12-07): self-harm told before a denial of suicide. Accidents, sport, the
// sun, hair idioms, school marks, a bare "i cut again" and "dont want to die poor" that 5a9c8d5 raised to critical
// (0 of 21 on cdef43f, 21 on 5a9c8d5, 0 now); denials and verbs it missed (0 of 11 on cdef43f → 11).
describe('review 256: the second code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review256.jsonl', import.meta.url), [11, 21]);
});
