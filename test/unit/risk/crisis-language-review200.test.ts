import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 200 (2026-12-06, session 45), written against a past progressive with a past time read as history ("two
// years ago i was thinking about suicide", "zamani nilikuwa nawaza kujiua"): 45 crises that say it and are at risk now,
// 25 recovery stories. That reading lowered 9 crises below medium (42 → 33 of 45 at >= medium; "zamani nilikuwa nawaza
// tu sasa nimeamua …", "… hayo mawazo hayajawahi kuondoka") for ordinary 18 → 9 of 25 raised, and was withdrawn
// (RULES.md, "Session 45"). The rules kept hold 31 of 45 at the writer's level, 42 at >= medium, 18 of 25 ordinary raised.
describe('review 200: a past progressive with a past time, and now', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review200.jsonl', import.meta.url), [45, 25]);
});
