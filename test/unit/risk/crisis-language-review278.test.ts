import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The first code review of session 58 (2026-12-07): attempts told after "i never planned to", "not a day goes by
// … a plan", a trip goodbye with no coming back or a life not worth living, a no that is no denial ("no i am not okay",
// "… dont want to talk about it"), things done so far or help sought after "for now".
describe('review 278: the first code review of session 58', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review278.jsonl', import.meta.url), [13, 6]);
});
