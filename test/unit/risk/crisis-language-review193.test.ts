import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 193 (2026-12-06, session 43), written against a learned reading beside a settled clause (measured, not
// landed): 40 ordinary check-ins with someone else's crisis, a quote, an idiom, advice or a topic beside dark-sounding
// everyday sentences, and 30 crises of the same shape. The rules kept: crises at >= medium 28 of 30, ordinary 16 of 40.
describe('review 193: beside someone else’s words, a topic or an idiom', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review193.jsonl', import.meta.url), [30, 40]);
});
