import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 44 (2026-12-03): the first wording of cues-farewell.ts (raise only) raised moves, prayers and away messages;
// narrowed (RULES.md). Its texts hold the kept rules' levels.

describe('review 44: a death announced as a departure, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review44.jsonl', import.meta.url), [124, 127]);
});
