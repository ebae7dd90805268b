import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 81 (2026-12-04): "i have no suicidal thoughts and no plans" read as a denial said again let "… and plans to end
// my life" through a bare "and"; narrowed to plans denied. Its texts hold the kept rules' levels.

describe('review 81: a denial of plans after a plain denial', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review81.jsonl', import.meta.url), [68, 70]);
});
