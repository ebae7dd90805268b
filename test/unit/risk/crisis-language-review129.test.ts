import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 129 (2026-12-04, session 32): everyday check-ins naming pills, poison, ropes, hospitals and goodbyes, aimed at
// a fifth learned reading that was not kept (RULES.md); with its crises in the same words, held at the rules' levels.

describe('review 129: everyday talk of means and hospitals, against a learned reading not kept', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review129.jsonl', import.meta.url), [80, 600]);
});
