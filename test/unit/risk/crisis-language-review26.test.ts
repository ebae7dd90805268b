import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 26 (2026-12-03): a fresh red team wrote 191 crises and 186 ordinary check-ins against the second, word-list
// reading: it lowered 150 crises ("… and i was cutting myself", a hand held in the pan, several meals, "jichoma kisu",
// winks) (RULES.md, "An accident at a task"). Its texts hold the kept rules' levels.

describe('review 26: self-injury and everyday accidents against the accident reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review26.jsonl', import.meta.url), [191, 186]);
});
