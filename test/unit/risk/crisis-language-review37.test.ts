import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 37 (2026-12-03): a fresh red team wrote 176 crises and 217 ordinary check-ins against the session's changes
// together. It found the narrowed "nataka kujikata" lowering 34 crises (a demonstrative alone, "kujikata hii night",
// read as leaving a party) and the graver-reading guard comparing against too old a rule set (4 crises lowered); both
// fixed. Kept: 56 crises raised, none lowered; 9 ordinary texts lowered (hair, nails, parties), 1 raised (medium).

describe('review 37: the session’s changes together', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review37.jsonl', import.meta.url), [176, 217]);
});
