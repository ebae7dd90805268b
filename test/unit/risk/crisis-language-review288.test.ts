import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 288 (session 59, 2026-12-08), written blind: answers to questions the app or a nurse asked, veiled ways of
// saying one will not be around, and everyday talk that sounds like them.
describe('red team 288: answers to a nurse and veiled farewells, written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review288.jsonl', import.meta.url), [30, 30]);
});
