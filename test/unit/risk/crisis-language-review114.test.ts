import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 114 (2026-12-04, session 31): blind: hanging, strangling and preparation written by a helper who did not read the rules. Its texts hold the kept rules' levels.

describe('review 114: blind: hanging, strangling and preparation written by a helper who did not read the rules', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review114.jsonl', import.meta.url), [140, 110]);
});
