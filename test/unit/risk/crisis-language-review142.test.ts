import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 142 (2026-12-05, session 35): 150 crises and 154 ordinary check-ins aimed at a time named in an earlier
// sentence and at recent days (RULES.md, "A time that dates another event"). Against 0c00345: crises below the level
// the writer judged right 62 → 50, ordinary texts above it 47 → 65 (all 18 raised to medium, none higher).
describe('review 142: a red team aimed at a time in an earlier sentence and at recent days', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review142.jsonl', import.meta.url), [150, 154]);
});
