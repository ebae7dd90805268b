import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 40 (2026-12-03): a fresh red team wrote crises and ordinary check-ins against a history of self-harm kept as
// history when its recent times date a wellbeing or an everyday doing (dated-other.ts). The first form lowered 48
// crises (a closed list of act words) and was narrowed (RULES.md). Its texts hold the kept rules' levels.

describe('review 40: a history beside a good day, first form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review40.jsonl', import.meta.url), [146, 129]);
});
