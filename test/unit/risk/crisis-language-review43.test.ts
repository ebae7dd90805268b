import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 43 (2026-12-03): the third form lowered 42 crises ("miaka mingi najikata", "zamani nimeamua kujiua", "i used to
// cutting myself", emoji carrying the act); all now keep their levels.

describe('review 43: a history beside a good day, third form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review43.jsonl', import.meta.url), [140, 103]);
});
