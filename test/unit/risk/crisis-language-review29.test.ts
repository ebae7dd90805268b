import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 29 (2026-12-03): a fresh red team wrote 114 crises and 174 ordinary check-ins (166 distinct from its crises)
// against the present tense "namaliza maisha yangu" read alone or with a time, despair or a goodbye: it found 12 crises
// lowered (the new forms shared a cue with "kumaliza", so an unread one hid a later one in the same clause; now a cue
// of their own), and ordinary texts raised whose only other sign was an emoji or a "?", or "… tu" (living out one's
// days; "tu" no longer counts as a filler). Its texts hold the kept rules' levels (RULES.md, "Ending one's life and
// living it out").

describe('review 29: the present tense said alone', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review29.jsonl', import.meta.url), [114, 166]);
});
