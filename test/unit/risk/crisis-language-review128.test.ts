import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 128 (2026-12-04, session 32): a third, fresh blind writer after every change of the session; no text moved on first scoring.

describe('review 128: a fresh blind writer after the session’s changes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review128.jsonl', import.meta.url), [150, 120]);
});
