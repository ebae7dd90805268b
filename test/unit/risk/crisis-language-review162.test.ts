import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 162 (2026-12-05, session 38): 60 crises and 60 ordinary twins written blind, terse plans, preparations and
// acts just done. Against 19b31f1: crises below the writer's level 43, ordinary above it 6; read, then in-sample 7 and 3.
describe('review 162: terse plans, preparations and acts just done', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review162.jsonl', import.meta.url), [60, 60]);
});
