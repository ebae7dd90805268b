import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The seventh code review of session 56 (2026-12-07): "dont want to die alone / like this" before a turn, "mba" and lice
// read as itches, tools and hiding talk read as accidents lowered crises of cdef43f's rules (now as before);
// "sina mpango wa kwenda hospitali" read as a denial of suicide; waking, church, a match or laughter in Swahili; "when
// im alone" never read. Crises at ≥ medium 12 of 14 on cdef43f → 14 (none below its level there); ordinary raised 0
// of 10 → 0; "played football yesterday and i hit my leg till it swelled", "… blistered on the jiko" too.
describe('review 263: the seventh code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review263.jsonl', import.meta.url), [14, 10]);
});
