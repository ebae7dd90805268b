import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 36 (2026-12-03): a fresh red team wrote 181 crises and 173 ordinary check-ins against "i would be happy if i
// died" read as a passive wish and self-harm told with its purpose ("i hit myself on purpose"). The second raised 64
// ordinary texts to critical (fasts, itches, sport, parenting) and was withdrawn; the first, with a time beside it,
// silenced the learned readings and lowered 11 crises from critical, so the layer now keeps the graver of its readings
// with and without the newest cues (index.ts). Kept: 23 crises raised, none lowered, no ordinary text raised.

describe('review 36: a wish if one died; self-harm told with its purpose', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review36.jsonl', import.meta.url), [181, 173]);
});
