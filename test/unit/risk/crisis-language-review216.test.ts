import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 216 (2026-12-06, session 49), against "i feel that way again", "scared i will do it again" and "those
// feelings are back" after one's own past: crises at ≥ medium 12 of 15 at the session's start → 13 with the first form
// → 12 kept (read only right after the past and opening its sentence, after a code review's 13 false alarms); ordinary
// raised 4 of 25 → 4 (the four were raised before, by other readings).
describe('review 216: the feeling or the fear of the act again after a past, and other things again', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review216.jsonl', import.meta.url), [15, 25]);
});
