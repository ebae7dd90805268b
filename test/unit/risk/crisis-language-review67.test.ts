import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 67 (2026-12-03): people not on a list ("kamau is not suicidal today …") raised 25 aimed ordinary texts; the
// words allowed before a denial are now a short list of greetings and days. Its texts hold the kept rules' levels.

describe('review 67: thoughts denied for now, fourth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review67.jsonl', import.meta.url), [98, 101]);
});
