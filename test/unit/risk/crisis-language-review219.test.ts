import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 219 (2026-12-07, session 51), against the feeling, the fear or a voice of it again after one's own past and
// "leaving this life": crises at ≥ medium 29 of 35 at the session's start → 32 (21 → 28 at their own level); ordinary
// raised 12 of 25 → 12 (all twelve raised before this session: a past crisis then ordinary news).
describe('review 219: the feeling or a voice of it again after one’s own past', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review219.jsonl', import.meta.url), [35, 25]);
});
