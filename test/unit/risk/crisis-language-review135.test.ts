import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 135 (2026-12-05, session 33): Swahili and Sheng self-harm begun again against leaving, sneaking out, burns
// at the stove, sport and episodes now over; with the probes the first cues-relapse-sw.ts raised, held at the rules'
// levels.

describe('review 135: cutting begun again against Sheng leaving and everyday burns', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review135.jsonl', import.meta.url), [80, 301]);
});
