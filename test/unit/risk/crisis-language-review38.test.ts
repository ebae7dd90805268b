import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 38 (2026-12-03): a fresh red team wrote 169 crises and 161 ordinary check-ins, a first batch blind to the
// rules, a second aimed at them. Blind: no ordinary text raised, no crisis lowered, 22 crises raised. Aimed: the
// narrowed "kujikata" lowered 14 crises (head-banging told as "kujiumiza kichwa na ukuta", harm said after a haircut)
// and 20 ordinary texts rose (others' thoughts, jokes about football and traffic, testimonies): the idiom was
// withdrawn, a self-harm word or blood later in the clause keeps the cue, and the blockers grew (RULES.md).

describe('review 38: the session’s changes, blind then aimed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review38.jsonl', import.meta.url), [169, 161]);
});
