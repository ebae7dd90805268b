import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fourth code review of session 57 (2026-12-07): "i have a plan for friday" after a denial (an errand), "its sorted"
// alone, "tried" followed by "i really tried", "and failed" or "i am fine now"; openers, negators and nouns the "opens
// the check-in" list lacked ("dont worry", "sijambo", "i wouldnt", "sitaweza", "not having suicidal thoughts"); plans
// with "kila kitu", "everything planned", "the date is set"; Swahili plans ending on a day or a reason. Crises at ≥
// their level 0 of 20 on abdf67f → 17; ordinary raised 1 of 12 → 1 (as high as on abdf67f).
describe('review 271: the fourth code review of session 57', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review271.jsonl', import.meta.url), [20, 12]);
});
