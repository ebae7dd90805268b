import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 145 (2026-12-05, session 35): 46 crises and 123 ordinary check-ins in run-on speech aimed at a day said at
// a crisis after another event dated in the same sentence (RULES.md, "A time that dates another event"). Against
// 8f356b4: crises below the writer's level 20 → 6; the first form raised 12 ordinary texts, 10 to critical, where the
// crisis was inside a story told or remembered ("… and i told my group how i tried to kill myself on monday"): now 0.
describe('review 145: a red team aimed at a day at a crisis in run-on speech', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review145.jsonl', import.meta.url), [46, 123]);
});
