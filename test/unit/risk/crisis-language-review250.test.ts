import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fourth code review of session 55 (2026-12-07): "never ever have i", "i have honestly never", "id never", "would
// never have thought" (never so much); another's "hujipiga", Swahili idioms after a habit or a time, a bare "jikuna"
// or "jiuma", "kill myself for a man / with this job" before "i cut again", the wall idiom "every time", a burn
// "against the stove". Crises at ≥ medium 0 of 6 on 8c74b0e → 6 kept; ordinary raised 0 of 20 → 0.
describe('review 250: the fourth code review of session 55', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review250.jsonl', import.meta.url), [6, 20]);
});
