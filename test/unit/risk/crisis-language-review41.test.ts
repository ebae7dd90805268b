import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 41 (2026-12-03): against a goodbye read as ordinary beside a last day at work or a move, and "i know how and
// when to finish my assignments". It lowered 77 crises and was withdrawn (RULES.md). Its texts hold the kept rules' levels.

describe('review 41: farewells at a last day at work, and tasks known how and when', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review41.jsonl', import.meta.url), [161, 135]);
});
