import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 68 (2026-12-03): a guard against "tonight of …" and new blockers shared with the older cues lowered 10 crises
// they caught ("my clan has disowned me …"); reverted, the new words kept to the new cue. Its texts hold the kept
// rules' levels.

describe('review 68: the farewell cues, fifth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review68.jsonl', import.meta.url), [114, 106]);
});
