import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 202 (2026-12-06, session 46, written blind to the rules): 45 crises with a wish to die or an old attempt and,
// in another clause, a means got, a day set, a pronoun pointing back or a vow; 25 ordinary check-ins with idioms, pests,
// livestock, clinics and others' wishes. Crises at the writer's level 22 → 27 of 45 with the first cues-after-history.ts,
// 41 after its code reviews (in-sample); ordinary 6 of 25 raised before and after.
describe('review 202: a wish to die beside a means, a day or a vow', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review202.jsonl', import.meta.url), [45, 25]);
});
