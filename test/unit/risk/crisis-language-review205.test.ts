import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 205 (2026-12-06, session 46), written against a lowering: "testimony" / "ushuhuda" read as a recovery that
// places an attempt told beside it in the past. 40 crises that mention a testimony and are current all the same (a
// testimony asked for days after an attempt, one that was a lie, an undated "i tried to kill myself"), 20 genuine
// testimonies. The lowering took crises at the writer's level 36 → 25 of 40 (below medium 0 → 8) and was withdrawn
// (RULES.md, "Session 46"); held here at the rules kept.
describe('review 205: crises told beside a testimony', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review205.jsonl', import.meta.url), [40, 20]);
});
