import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 198 (2026-12-06, session 45): long spoken check-ins in Swahili, Sheng and code-switched speech; 45 crises
// and 25 heavy ordinary days. Crises at the writer's level 43 of 45, at >= medium 45 of 45; ordinary 9 of 25 raised
// (sermons and radio shows about suicide, recovery stories), all unchanged by session 45.
describe('review 198: long Swahili and Sheng check-ins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review198.jsonl', import.meta.url), [45, 25]);
});
