import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 54 (2026-12-03): the first wording of cues-relapse.ts, with no context required, raised all 40 of its aimed
// ordinary texts (a call ended, hair, a gym cut, a class skipped); withdrawn for one that needs the speaker's own self-
// harm named. Its texts hold the kept rules' levels.

describe('review 54: cutting said bare, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review54.jsonl', import.meta.url), [107, 102]);
});
