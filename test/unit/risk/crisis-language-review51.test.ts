import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 51 (2026-12-03): the sixth form of dated-other.ts lowered 32 crises written in letters drawn as symbols
// (circled, squared, flag letters, braille), which normalising drops; only plain writing keeps the history reading now.
// Its texts hold the kept rules' levels.

describe('review 51: a history beside a good day, sixth form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review51.jsonl', import.meta.url), [153, 62]);
});
