import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 131 (2026-12-05, session 33): attempts interrupted and pills saved or counted, aimed at cues-interrupted.ts
// and cues-stockpile.ts; with the 56 probes that first version raised (an everyday reason said first), held low.

describe('review 131: attempts interrupted and pills counted, against their everyday twins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review131.jsonl', import.meta.url), [100, 356]);
});
