import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 275 (session 58, 2026-12-07): current thoughts of dying buried in talk about rent, fees and a husband
// who drinks, and everyday exhaustion, idioms and grief that are not. Held as they stand: nothing here moved.
describe('red team 275: current thoughts buried in everyday talk', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review275.jsonl', import.meta.url), [22, 18]);
});
