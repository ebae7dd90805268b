import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 214 (2026-12-06, session 49), against a recovery then a recent day, and the sentences after past thoughts of
// killing oneself: crises at ≥ medium 31 of 35 at the session's start → 35 kept (plans told after past thoughts, read
// by the learned warning signs; at their own level 29 → 29); ordinary raised 18 of 25 → 18.
describe('review 214: plans after past thoughts, recoveries then a recent day', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review214.jsonl', import.meta.url), [35, 25]);
});
