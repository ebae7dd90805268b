import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 16 (2026-12-03): a helper wrote 213 check-ins against review 15's narrowed version of the rules for a denial
// left open ("my last check-in … bye", "zimerudi", "mama akiwa bado hai", "kesho sijui", "nitalala milele"). They
// raised 55 of its 159 ordinary texts and lowered no crisis, and were withdrawn too (RULES.md). Its texts hold the
// levels of the rules kept (c8cfcaa): no crisis lower (`atLeast`; `must` is the least, medium), no ordinary text higher.
// Session 57 moved "sina mawazo ya kujiua. nina mpango tayari" to the crises: this review's own "sitajiua. nina mpango
// tayari" is one, and review 85's "im not suicidal i have a plan already" is critical.

describe('review 16: denials left open, narrowed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review16.jsonl', import.meta.url), [55, 158]);
});
