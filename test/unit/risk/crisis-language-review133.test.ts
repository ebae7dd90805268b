import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 133 (2026-12-05, session 33): every reading of the session, hardest at a poison drunk with only an hour
// after it; with the 29 probes a first version raised ("… but it was water in a jik bottle", "i drunk poison aka
// chang'aa"), held at the rules' levels.

describe('review 133: the session’s readings against accidents, dares and slang', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review133.jsonl', import.meta.url), [100, 329]);
});
