import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 30 (2026-12-03): a fresh red team wrote 165 crises and 155 ordinary check-ins against a first version of four
// readings: a crisis noun said alone, the speaker's relative clause, a relapse told in a later sentence and "nina hamu
// ya kujikata". It raised 122 ordinary texts (hope, test results, diets and school "back" or "nimerudia"; a teacher's
// "the self harm i have seen") and lowered 7 crises (someone else's urge hid the speaker's struggle in a shared cue).
// The kept reading raises 27 of its crises and none of its ordinary texts; its texts hold their levels (RULES.md,
// "A crisis noun said alone").

describe('review 30: a crisis noun alone, a relapse told later, an urge held', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review30.jsonl', import.meta.url), [165, 155]);
});
