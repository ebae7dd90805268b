import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 195 (2026-12-06, session 44), written against the sixth reading's doubt: 60 crises told in a few words
// inside a long run-on account of the day, 20 tired ordinary ones. Read on the whole text alone the doubt lowered two
// crises to low ("ntamaliza maisha yangu kabla wiki hii haijaisha …"); with the 8- and 14-word windows shipped none. Crises at >= medium
// 59 → 60 of 60 with "i wish nisingekuwa hai" read, ordinary 4 of 20.
describe('review 195: a wish in a few words inside a long run-on day', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review195.jsonl', import.meta.url), [60, 20]);
});
