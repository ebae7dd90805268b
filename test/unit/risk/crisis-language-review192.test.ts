import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 192 (2026-12-06, session 43), written against a lowering of "nimechoka kufa leo …" and "… na kupona" as
// tiredness (withdrawn): 40 crises that open with the idiom and tell their own crisis after it, 30 ordinary uses. The
// lowering took ordinary at >= medium 30 -> 10 of 30 but crises at their level 40 -> 33 of 40; the rules kept leave
// 40 and 30 (every ordinary one at medium: "nimechoka kufa" before "leo" still reads as a wish).
describe('review 192: "nimechoka kufa leo", tired or in crisis', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review192.jsonl', import.meta.url), [40, 30]);
});
