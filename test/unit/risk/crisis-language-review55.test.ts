import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 55 (2026-12-03): a doubt word anywhere after a denied thought raised 48 of its 100 ordinary texts ("maybe
// tomorrow i will rest", "kesho sijui kama nitaenda kazini"); narrowed to a later time in doubt and nothing after. Its
// texts hold the kept rules' levels.

describe('review 55: thoughts denied for now, first wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review55.jsonl', import.meta.url), [99, 100]);
});
