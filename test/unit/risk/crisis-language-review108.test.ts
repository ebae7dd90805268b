import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 108 (2026-12-04): crises told with "end it with …", "end this …" and talk "kuhusu kujiua", written against a
// change that lowered them (withdrawn). Its texts hold the kept rules' levels.

describe('review 108: crises that an everyday "end it" or a lesson "kuhusu" must not silence', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review108.jsonl', import.meta.url), [150, 80]);
});
