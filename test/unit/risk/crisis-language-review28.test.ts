import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 28 (2026-12-03): a red team wrote 220 crises and 181 ordinary check-ins with "namaliza / ninamaliza /
// ntamaliza / nitamaliza / kumaliza maisha yangu" against a reading of the present tense beside despair, times, stages
// and places, and of a life lived out: it lowered 70 crises and raised 44 ordinary texts, and was withdrawn but for the
// present tense said alone (RULES.md, "Ending one's life and living it out"). Its texts hold the kept rules' levels.

describe('review 28: ending one’s life and living it out, in Swahili', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review28.jsonl', import.meta.url), [220, 181]);
});
