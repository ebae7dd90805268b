import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 72 (2026-12-04): "i have no suicidal thoughts" read as a denial wherever "no" stood lowered 53 of its crises
// ("i wish i had no suicidal thoughts", "i tried on sunday. no suicidal thoughts today"); narrowed to a denial opening
// the check-in. Its texts hold the kept rules' levels.

describe('review 72: English plain denials, first round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review72.jsonl', import.meta.url), [180, 158]);
});
