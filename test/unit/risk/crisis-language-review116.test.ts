import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 116 (2026-12-04, session 31): red team against the first place, weapon and set-up readings: errands at rivers, commuters on the line, guards' rifles. Its texts hold the kept rules' levels.

describe("review 116: red team against the first place, weapon and set-up readings: errands at rivers, commuters on the line, guards' rifles", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review116.jsonl', import.meta.url), [179, 232]);
});
