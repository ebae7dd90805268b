import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 196 (2026-12-06, session 45): 45 crises naming suicide or death as the only way out, the answer or the one
// option left, in both word orders and in Swahili and Sheng; 25 ordinary check-ins with the same surface (debts,
// sermons, lessons, a traffic jam). Crises at the reviewer's level 40 → 45 of 45 with "the only way out is …",
// "no other way but …", "sioni njia nyingine ila …" and "wikendi hii najimaliza" read; ordinary 10 of 25 unchanged
// (a sermon's "suicide is never the answer" is still read as the speaker's: RULES.md, "Session 45").
describe('review 196: suicide or death as the only way out', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review196.jsonl', import.meta.url), [45, 25]);
});
