import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 24 (2026-12-03): a fresh red team wrote 311 check-ins aimed at the heaviest words of the shipped fifth reading
// of plans and acts (warning-model-5.json), not fitted on: it raised 1 of 267 ordinary texts to high (pest poison bought
// "wiki hii") and 2 of 44 crises (RULES.md, "A fifth reading of plans and acts"). Its texts hold the shipped levels.

describe('review 24: ordinary check-ins aimed at the shipped fifth reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review24.jsonl', import.meta.url), [44, 267]);
});
