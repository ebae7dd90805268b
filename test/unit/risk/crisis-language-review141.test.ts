import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 141 (2026-12-05, session 35): 156 crises and 122 ordinary check-ins aimed at a change that read ages
// ("nikiwa na miaka 17"), school years ("in form four") and "tena" as their English counterparts. The change lowered 81
// of the crises (an age or a school said anywhere in a check-in dated every past act in it) and was withdrawn; the
// texts hold the rules' levels.
describe('review 141: a red team aimed at ages, school years and "tena" in the past', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review141.jsonl', import.meta.url), [156, 122]);
});
