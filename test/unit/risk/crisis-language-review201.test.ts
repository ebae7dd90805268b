import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 201 (2026-12-06, session 46): 45 crises telling the speaker's own past attempt or wish, then a means got, a
// plan made, a day picked or "this time i won't fail" now; 25 ordinary check-ins with the same history and a rope for
// goats, a business plan, an exam, a peer counsellor's story. Crises at the writer's level 35 → 41 of 45 with
// cues-after-history.ts (first 35 → 35 as written before it was read; RULES.md, "Session 46"); ordinary 11 of 25 raised
// before and after (recovery testimonies dated by a year: a standing false alarm).
describe('review 201: a present plan after a history of suicide', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review201.jsonl', import.meta.url), [45, 25]);
});
