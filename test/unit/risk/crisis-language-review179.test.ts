import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 179 (2026-12-05, session 40): 60 crises hidden behind the session's lowering readings, told in words (an
// everyday end or decision, schoolwork due, "nimechoka kufa", "yaani mimi"), and 40 twins. The first everyday-end
// reading lowered 25 of them (plans and acts at >= high 49 -> 37 of 52); it now holds only for a short check-in that
// is nothing else, and no crisis of the set is lower than before the session (49 of 52; ordinary >= high 24 -> 23 of 40).
describe('review 179: crises hidden behind the session’s lowering readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review179.jsonl', import.meta.url), [60, 40]);
});
