import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 287 (session 59, 2026-12-08), written before the rules were shown it: the plan question answered yes or no, a last
// goodbye, not living through the night, a day named, a journey of no return, and their everyday look-alikes.
describe('red team 287: veiled ends and the plan question, scored before the change', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review287.jsonl', import.meta.url), [30, 30]);
});
