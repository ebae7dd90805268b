import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 285 (session 58, 2026-12-07), scored blind first (crises 18 of 20 and 6 of 20 ordinary raised, as before
// the session): typed and spoken check-ins, a question from a nurse echoed, goodbyes at work, a sermon about those who
// want to die, a song; held at today's levels.
describe('red team 285: typed and spoken check-ins, scored blind first', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review285.jsonl', import.meta.url), [20, 20]);
});
