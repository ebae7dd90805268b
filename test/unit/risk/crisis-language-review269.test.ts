import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The second code review of session 57 (2026-12-07): an event named before the denial ("the wedding is on saturday. im
// not suicidal. everything is ready!", "my exam was today. … but today i tried"), words after an attempt that go on
// about something else, a way of life or a place after "maisha yangu", dying rich; Swahili plans in other words, plans
// told with a day or "at peace", attempts with "just", "really", fear or a secret. Crises at ≥ their level 1 of 19 on
// abdf67f → 14; ordinary raised 4 of 30 → 4 (each as high as on abdf67f).
describe('review 269: the second code review of session 57', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review269.jsonl', import.meta.url), [19, 30]);
});
