import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 283 (session 58, 2026-12-07), scored blind first (crises 21 of 22 and 4 of 18 ordinary raised, as before
// the session): a reassurance, a trip, a will or a day first and the risk told later in fresh words; "i dont plan to
// be around long after the move" is now read as a wish (medium).
describe('red team 283: the risk told late after a reassurance', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review283.jsonl', import.meta.url), [22, 18]);
});
