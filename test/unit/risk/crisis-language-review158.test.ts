import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 158 (2026-12-05, session 37): 60 crises and 80 ordinary, written blind, aimed at "it's back" after a wish
// and a bare "i used to cut" before a relapse. Against 9dd599e: crises below the writer's level 49, ordinary above it 4;
// as first measured against repeated.ts's "it's back" and cues-relapse.ts's bare "used to cut": 40 and 4; after the
// Sheng "nilikuwa nacut", a dropped "i", "broke my streak", "nilidu tena" and "clean until" were read (in-sample): 21, 4.
describe('review 158: a red team aimed at "it\'s back" and a bare "i used to cut"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review158.jsonl', import.meta.url), [60, 80]);
});
