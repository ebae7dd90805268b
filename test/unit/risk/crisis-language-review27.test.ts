import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 27 (2026-12-03): a fresh red team wrote 208 crises and 114 ordinary check-ins against the template reading:
// 120 lowered, all template sentences; bare cutting words, shaving, a hot thing alone, ironing and the farm were then
// taken out (RULES.md, "An accident at a task"). Its texts hold the kept rules' levels.

describe('review 27: self-injury and everyday accidents against the accident reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review27.jsonl', import.meta.url), [201, 105]);
});
