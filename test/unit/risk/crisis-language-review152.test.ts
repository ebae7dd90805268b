import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 152 (2026-12-05, session 36): 60 crises and 80 ordinary, fresh, on the form written from red team 151.
// Against 064228d: crises below the writer's level 41 -> 28, ordinary above it 21 -> 22 ("maumivu ya tumbo bado
// hayajaisha"); after that fix (in-sample) 21 -> 21.
describe('review 152: a fresh red team on a feeling said to go on', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review152.jsonl', import.meta.url), [60, 80]);
});
