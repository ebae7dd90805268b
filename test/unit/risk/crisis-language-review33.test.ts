import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 33 (2026-12-03): a fresh red team wrote 159 crises and 159 ordinary check-ins against the crisis noun read
// alone in its own clause when no other clause named someone else or a topic ("Rough night. Self harm again."). It
// raised 128 ordinary texts (a "no" answered in words, memories, jobs, people and topics the list missed) and lowered
// 10 crises (a "…" splitting "last… night" made the clause test fail before the whole check-in was read): withdrawn.
// A sad face (":(") no longer counts as a form's colon. Its texts hold the kept rule's levels (RULES.md, "A crisis
// noun said alone").

describe('review 33: a crisis noun alone in its own clause', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review33.jsonl', import.meta.url), [159, 159]);
});
