import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 121 (2026-12-04, session 31): a red team against every reading of the session, the rescue after an act most
// of all (108 of its 200 ordinary texts rose before the rewrite), and denials of an attempt followed by an admission.

describe('review 121: red team against the rescue reading and the attempt denial', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review121.jsonl', import.meta.url), [156, 200]);
});
