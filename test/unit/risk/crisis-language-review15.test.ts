import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 15 (2026-12-03): a helper wrote 226 check-ins against rules written from probes27 (a denial left open: "while
// my mum is alive", "kesho sijui", "most days but", "i have a plan", "my last check-in", "zimerudi", "after friday",
// "i wish nisingeamka", "better bila mimi"). They raised 78 of its 145 ordinary texts and lowered 10 of its 81 crises,
// and were withdrawn (RULES.md, "A denial and what follows it"). Its texts hold the levels of the rules kept (c689eee):
// no crisis lower (`atLeast`; the reviewer gave no level per crisis, so `must` is the least, medium), no ordinary text
// higher (`atMost`).

describe('review 15: denials left open', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review15.jsonl', import.meta.url), [81, 145]);
});
