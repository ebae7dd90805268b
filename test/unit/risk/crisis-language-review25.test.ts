import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 25 (2026-12-03): a red team (helper, before/after copies) wrote 173 crises and 173 ordinary check-ins against
// the first reading of an accident at a task (accident.ts): it lowered 83 crises (razors, wrists, nights, an accident
// word alone) (RULES.md, "An accident at a task"). Its texts hold the kept rules' levels.

describe('review 25: self-injury and everyday accidents against the accident reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review25.jsonl', import.meta.url), [173, 173]);
});
