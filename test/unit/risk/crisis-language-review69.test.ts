import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 69 (2026-12-03): "hes" and "shes" read as someone else lowered 5 crises ("hes gone i am leaving this world
// tonight"), and a relapse into drink with Sheng "cut" for leaving raised one; both fixed. Its texts hold the kept
// rules' levels.

describe('review 69: the three changes in English', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review69.jsonl', import.meta.url), [138, 109]);
});
