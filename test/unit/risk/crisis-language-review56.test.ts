import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 56 (2026-12-03): "tonight i leave this world" followed by anything raised 31 of its 40 aimed ordinary texts
// (tiktok breaks, games, moves, sleep, born-again talk); narrowed to a clause that ends there or on a farewell. Its
// texts hold the kept rules' levels.

describe('review 56: a departure with the time first, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review56.jsonl', import.meta.url), [99, 100]);
});
