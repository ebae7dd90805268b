import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 90 (2026-12-04): pill counts, farm chemicals, "drown myself in books", noose knots and charcoal for warmth
// raised by the first means-told cues; narrowed. Its texts hold the kept rules' levels.

describe('review 90: the act or its means told plainly (English)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review90.jsonl', import.meta.url), [104, 286]);
});
