import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 272 (session 57, 2026-12-07, a fresh writer, scored blind first after four code reviews): a greeting and a
// denial, then one more thing, a crisis or everyday life in the same words. Crises at ≥ their level 8 of 25 on abdf67f
// → 8; ordinary raised 9 of 25 → 9: the writer's attempts and plans run on past where this session's reading stops.
describe('review 272: a greeting and a denial, then one more thing (a fresh writer)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review272.jsonl', import.meta.url), [25, 25]);
});
