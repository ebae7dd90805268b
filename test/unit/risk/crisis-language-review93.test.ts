import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 93 (2026-12-04): false alarms aimed at the whole dose, household poisons and the place named first (took as carried, a regimen, a course finished, the wrong bottle, a status, heat). Its texts hold the kept rules' levels.

describe('review 93: a whole dose, a household poison, the place named first', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review93.jsonl', import.meta.url), [165, 521]);
});
