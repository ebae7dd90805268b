import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 139 (2026-12-05, session 33): self-harm told with Sheng "kujikata" beside home, a plot, a class or a group,
// against a lowering that read those words as leaving; it lowered 18 of the 150 crises and was not kept. Held at the
// rules' levels, so no later lowering can take them off critical unseen.

describe('review 139: cutting oneself told with the words of leaving', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review139.jsonl', import.meta.url), [150, 100]);
});
