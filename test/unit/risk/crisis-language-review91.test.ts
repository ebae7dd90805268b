import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 91 (2026-12-04): "kujirusha" (partying), "kujitosa" (business), fishing, mosquito-net ropes, jik by mistake
// and "nimejichanja" (vaccinated, scarified) narrowed or withdrawn. Its texts hold the kept rules' levels.

describe('review 91: the act or its means told plainly (Swahili and Sheng)', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review91.jsonl', import.meta.url), [180, 175]);
});
