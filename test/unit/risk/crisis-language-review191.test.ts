import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 191 (2026-12-06, session 43), written against a lowering of someone else's talk on suicide (withdrawn): 45
// crises that praise such a talk and tell their own crisis in other words, 35 ordinary talk of it. The lowering took
// ordinary at >= medium 17 -> 11 of 35 but crises at their level 38 -> 33 of 45; the rules kept leave 38 and 17.
describe('review 191: a talk on suicide praised, with and without one’s own crisis', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review191.jsonl', import.meta.url), [45, 35]);
});
