import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 276 (session 58, 2026-12-07): a plan denied and taken back later ("… the how and the when i have
// figured out"), plans denied sincerely before everyday talk, an act put off ("bado", "yet"), a question echoed and
// answered no.
describe('red team 276: plan denials, things put off and answered questions', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review276.jsonl', import.meta.url), [20, 20]);
});
