import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 52 (2026-12-03): the sixth wording raised no ordinary text of its blind batch and 16 natural aimed ones
// ("today i take my life seriously", "tonight i end it all na huyu msee", a goodbye before surgery); narrowed. Its texts
// hold the kept rules' levels.

describe('review 52: a death announced as a departure, sixth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review52.jsonl', import.meta.url), [73, 158]);
});
