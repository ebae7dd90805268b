import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 130 (2026-12-05, session 33): denials for now with a later time in doubt, aimed at cues-deferred.ts; its
// ordinary texts are denials followed by other doubts, other people, other senses of the words and hope.

describe('review 130: not now, a later time in doubt', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review130.jsonl', import.meta.url), [100, 300]);
});
