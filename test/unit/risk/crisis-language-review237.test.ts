import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 237 (2026-12-07, session 54), written against a screening question answered no and "never had them never
// will": crises at ≥ medium 22 of 22 on ebe0fe1 → 22 kept; ordinary raised 16 of 18 → 16 (a reported question answered
// with a plain "no" is still read as the question, as reading.ts's ANSWERED_NO says).
describe('review 237: a question answered no, and never will', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review237.jsonl', import.meta.url), [22, 18]);
});
