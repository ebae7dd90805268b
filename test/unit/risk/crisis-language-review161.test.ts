import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 161 (2026-12-05, session 37): 60 crises and 90 ordinary, written blind after b4d1d36 and c4a8f9e, aimed at
// an inner voice's "kill yourself", all of someone else's medicine or extra insulin, and acts texted without "I".
// Against 8e41fcf: crises below the writer's level 42, ordinary above it 2; as first measured against c4a8f9e: 33 and
// 2 (one ordinary text from medium to high: "… you should die your hair blonde", fixed by reading "die your" as dye).
describe("review 161: a red team aimed at the session's final readings", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review161.jsonl', import.meta.url), [60, 90]);
});
