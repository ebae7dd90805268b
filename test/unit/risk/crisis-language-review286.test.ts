import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The fifth code review of session 58 (2026-12-07): a plan denied, then what means nothing read alone ("… i dont need
// one", "… this is my last message", "… manze niko ready tu", "… siku yangu imefika"); trip goodbyes with last wishes
// ("take care of mum for me", "everyone will be happier", "sitaonekana tena"); "right now" after an act refused.
describe('review 286: the fifth code review of session 58', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review286.jsonl', import.meta.url), [21, 3]);
});
