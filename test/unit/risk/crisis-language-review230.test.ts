import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 230 (2026-12-07, session 53), written against the thoughts back after a denial, a turn after "that is what i
// told …" and "no reason not to": crises at ≥ medium 8 of 12 on d12cf3a → 10 kept (9 on 8c56c4d); ordinary raised
// 9 of 18 → 4 kept (5 on 8c56c4d; "… but she still gave me a referral" and "… are back about my job interview" fell).
describe('review 230: what takes back a denial, and no reason not to', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review230.jsonl', import.meta.url), [12, 18]);
});
