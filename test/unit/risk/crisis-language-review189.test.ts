import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 189 (2026-12-06, session 43), blind (scored, never read): 45 plans and recent acts (22 plan, 23 behaviour)
// and 35 ordinary check-ins with the same trap words. On c969b63's rules -> after the session: plans and acts at >=
// high 43 -> 43 of 45, ordinary at >= medium 13 -> 13 of 35 (11 of the 13 by the learned readings, 7 of them at high).
describe('review 189: plans and acts, and everyday plans (blind)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review189.jsonl', import.meta.url), [45, 35]);
});
