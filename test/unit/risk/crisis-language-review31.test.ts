import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 31 (2026-12-03): a fresh red team wrote 230 crises and 178 ordinary check-ins against a narrowed version. The
// relapse told later ("nimeanza kujipenda tena", "I relapsed and smoked weed", "theyre back home"), "nina hamu ya
// kujikata" (asked by a doctor; Sheng "leaving early") and "again" after a word of wellness (which lowered 13 crises:
// "not okay again") were withdrawn; "the self harm i had last night in casualty" narrowed the relative clause (later
// withdrawn, review 32), and "self harm ok" blocked the noun alone. The kept reading raises 12 of its crises and none
// of its ordinary texts; its texts hold their levels.

describe('review 31: the narrowed readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review31.jsonl', import.meta.url), [230, 178]);
});
