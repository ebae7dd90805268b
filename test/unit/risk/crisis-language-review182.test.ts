import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 182 (2026-12-05, session 41): 60 crises told as plans and acts in everyday words and 40 hard ordinary
// check-ins, written blind; scored first (92888f5's rules: crises at >= medium 55 of 60, plans and acts at >= high 54 of
// 60, ordinary at >= medium 8 of 40), then read: cues-last-goodbye.ts, cues-act-bounds.ts, the means-then-time
// additions and own-hair.ts come from its misses. Now 59 of 60, 58 of 60, 7 of 40.
describe('review 182: plans and acts told in everyday words (read)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review182.jsonl', import.meta.url), [60, 40]);
});
