import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 57 (2026-12-03): context words said as often of alcohol, malaria or a blood donation (relapse, clean, blood,
// ashamed) and Sheng "cut" for leaving raised 30 aimed ordinary texts; narrowed to self-harm named in its own words.
// Its texts hold the kept rules' levels.

describe('review 57: cutting said bare, second wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review57.jsonl', import.meta.url), [101, 108]);
});
