import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 94 (2026-12-04): a blind mix, then probes (dudu the insect, took as fetched, syrups, kujirusha the party, jumps for fun). Its texts hold the kept rules' levels.

describe('review 94: a whole dose told blind, then probed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review94.jsonl', import.meta.url), [223, 325]);
});
