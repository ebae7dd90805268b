import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 42 (2026-12-03): the second form of dated-other.ts lowered 81 crises, undated acts before "today i am fine"
// ("i cut myself today i am fine"); a history phrase is now required right before the cue. Its texts hold the kept levels.

describe('review 42: a history beside a good day, second form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review42.jsonl', import.meta.url), [150, 109]);
});
