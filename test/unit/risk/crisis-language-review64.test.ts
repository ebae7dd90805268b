import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 64 (2026-12-03): reported-speech blockers (texted, sent) lowered 8 crises the older cues caught, and "this
// life" raised quitting a habit; both withdrawn. Its texts hold the kept rules' levels.

describe('review 64: the farewell cues, fourth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review64.jsonl', import.meta.url), [114, 111]);
});
