import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 207 (2026-12-06, session 47), written against a day picked after one's own suicide and a departure with
// the time first after other sentences, scored before its texts were read: crises at the writer's level 6 (the
// session's start) → 14 of 35 as first measured, 24 after more wordings (in-sample); ordinary 1 of 25 raised before
// and after (a game's world).
describe('review 207: a day picked after one’s own suicide, a departure after other sentences, and everyday twins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review207.jsonl', import.meta.url), [35, 25]);
});
