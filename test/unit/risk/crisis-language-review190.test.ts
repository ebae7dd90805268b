import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 190 (2026-12-06, session 43), read: 45 plans and recent acts and 35 ordinary lookalikes. On c969b63's rules
// -> after the session: plans and acts at >= high 42 -> 43 of 45 (into traffic on purpose), ordinary at >= medium
// 5 -> 5 of 35 (a letter to a daughter at critical, a sermon on suicide at high, "nimechoka kufa" twice, "i could die").
describe('review 190: plans and acts, and their lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review190.jsonl', import.meta.url), [45, 35]);
});
