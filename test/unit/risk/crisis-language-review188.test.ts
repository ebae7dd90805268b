import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 188 (2026-12-06, session 42), told the session's changes: 40 crises (20 wishes never to have been born or
// that one's mother had not had one, 20 other indirect wishes) and 40 ordinary lookalikes about mothers, pregnancy and
// birth. On becfab1's rules -> after the session: crises at >= medium 33 -> 40 of 40, ordinary 1 -> 1 of 40 (a
// learned reading of "bora mama angenizaa hospitali …", a birth at home; not the session's).
describe('review 188: wishes never to have been born and their lookalikes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review188.jsonl', import.meta.url), [40, 40]);
});
