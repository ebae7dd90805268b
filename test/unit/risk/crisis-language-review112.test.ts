import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 112 (2026-12-04): a blind hunt for false alarms in the words of the session's new readings (hospitals, pills
// taken from one, poisons and ropes kept, places and days chosen, prayers). Its texts hold the kept rules' levels.

describe('review 112: a blind false-alarm hunt in the words of the new readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review112.jsonl', import.meta.url), [0, 240]);
});
