import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 155 (2026-12-05, session 37): 100 crises and 140 hard ordinary twins, written without sight of red team 154
// or the rules, aimed at the same purpose said. Against 8e41fcf: crises below the writer's level 43, ordinary above it
// 20; as first measured against cues-taken-to-die.ts: 20 and 20 (no ordinary raised); after "ndio nisiamke", "niliamua
// kumeza", "my mother's tablets" and the plans of tonight were read (in-sample): 8 and 20.
describe('review 155: a fresh red team aimed at a poison or pills taken with the purpose said', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review155.jsonl', import.meta.url), [100, 140]);
});
