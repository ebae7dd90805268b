import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 169 (2026-12-05, session 38): 60 crises and 80 ordinary check-ins, half short texts and half voice notes,
// written blind after the fourth round and not read (scored only). Against 19b31f1 crises below the writer's level 35,
// ordinary above 10; against d9f0268 33 and 10.
describe('review 169: a blind red team after the fourth round, held at the shipped levels', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review169.jsonl', import.meta.url), [60, 80]);
});
