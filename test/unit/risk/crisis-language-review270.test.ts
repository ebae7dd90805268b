import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The third code review of session 57 (2026-12-07): plans told with a day, a place known, "dont stop me" or a message to
// family; an attempt followed by a plea for help, fear, a closing word or "woke up"; greetings and addresses before the
// denial; "nusra", "nili-try"; the rest of one's life spent with someone or somewhere ("kumaliza maisha yangu na mke
// wangu"); "im not suicidal anymore. i have a plan" (a safety plan). The fourth review read "im not suicidal i have a
// plan for friday" as an errand, so it is held ordinary. Crises at ≥ their level 2 of 22 on abdf67f → 20; ordinary
// raised 8 of 11 → 8 (each as high as on abdf67f, none higher).
describe('review 270: the third code review of session 57', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review270.jsonl', import.meta.url), [22, 11]);
});
