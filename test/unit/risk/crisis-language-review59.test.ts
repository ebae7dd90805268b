import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 59 (2026-12-03): a full stop hid the context ("Minecraft all day. Tonight i leave this world") and games,
// sleep and songs were missing: 17 aimed ordinary texts; the cue's blockers now read the whole check-in. Its texts hold
// the kept rules' levels.

describe('review 59: a departure with the time first, second wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review59.jsonl', import.meta.url), [110, 105]);
});
