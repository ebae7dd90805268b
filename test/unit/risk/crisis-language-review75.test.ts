import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 75 (2026-12-04): reading "cut myself some slack" and "burned myself out" as everyday lowered 39 crises told
// beside them ("… but i cut again yesterday"); withdrawn after review 78. Its texts hold the kept rules' levels.

describe('review 75: sayings with self-harm’s words, withdrawn', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review75.jsonl', import.meta.url), [126, 130]);
});
