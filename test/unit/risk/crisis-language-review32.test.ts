import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 32 (2026-12-03): a fresh red team wrote 170 crises and 128 ordinary check-ins against the noun said alone
// and "the suicidal thoughts i keep having". The relative clause read any "having" ("… i keep having to stitch up in
// casualty", "his suicide attempt i keep having nightmares about") and was withdrawn; form answers made of symbols
// ("Self harm: ❌") and quotation now block the noun alone, and an opening "ok" or "well" no longer does. Kept: it
// raises 64 of its crises, lowers none, and raises 7 bare headings it wrote as ordinary ("Suicide attempt", "battling
// suicidal thoughts"), read as the speaker's own in a check-in (RULES.md, "A crisis noun said alone").

describe('review 32: a crisis noun said alone', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review32.jsonl', import.meta.url), [170, 128]);
});
