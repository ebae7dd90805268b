import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 227 (2026-12-07, session 53), written against also-denied.ts (two things denied together): crises at ≥ medium
// 16 of 16 at the session's start → 15 kept (a sarcastic "… no thoughts or wishes to die at all everything is perfect
// which is why i keep staring at the pills", read low as its one-noun form already was); ordinary raised 13 of 14 → 5.
describe('review 227: two things denied together', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review227.jsonl', import.meta.url), [16, 14]);
});
