import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 50 (2026-12-03): the fifth wording of cues-farewell.ts raised no ordinary text of its blind batch and 29
// natural aimed ones (old age "i will leave this world soon", close calls "i thought it was my last day on earth",
// "today i take my life back"); narrowed. Its texts hold the kept rules' levels.

describe('review 50: a death announced as a departure, fifth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review50.jsonl', import.meta.url), [115, 150]);
});
