import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 150 (2026-12-05, session 36): 72 crises and 88 ordinary, fresh, half on the relapse rule (A), half on the
// article-led phrase (B). Against f6d6e95 as first measured: A crises below 19 -> 12, ordinary above 11 -> 12; B 9 -> 5,
// 23 -> 27 (quoted in a file, a brother's words, dated 2020); after the fix (in-sample): A 11 -> 11, B 23 -> 24.
describe('review 150: a fresh red team on both readings of session 36', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review150.jsonl', import.meta.url), [72, 88]);
});
