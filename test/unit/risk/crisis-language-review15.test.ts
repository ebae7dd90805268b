import { expect } from 'chai';
import { gradedAbove, gradedBelow, reviewCasesFrom } from '../../setup/risk-levels.js';

// Review 15 (2026-12-03): a helper wrote 226 check-ins against rules written from probes27 (a denial left open: "while
// my mum is alive", "kesho sijui", "most days but", "i have a plan", "my last check-in", "zimerudi", "after friday",
// "i wish nisingeamka", "better bila mimi"). They raised 78 of its 145 ordinary texts and lowered 10 of its 81 crises,
// and were withdrawn (RULES.md, "A denial and what follows it"). Its texts hold the levels of the rules kept (c689eee):
// no crisis lower (`atLeast`; the reviewer gave no level per crisis, so `must` is the least, medium), no ordinary text
// higher (`atMost`).
const CASES = reviewCasesFrom(new URL('../../fixtures/risk/review15.jsonl', import.meta.url));
const CRISES = CASES.filter((c) => c.atLeast);
const ORDINARY = CASES.filter((c) => c.atMost);

describe('review 15: denials left open', () => {
  it('holds the reviewer’s 81 crises and 145 ordinary check-ins', () => {
    expect([CRISES.length, ORDINARY.length]).to.deep.equal([81, 145]);
  });

  it('grades no crisis lower than the rules kept leave it', () => {
    expect(gradedBelow(CRISES.map((c) => [c.text, c.atLeast!]))).to.deep.equal([]);
  });

  it('grades no ordinary check-in higher than the rules kept leave it', () => {
    expect(gradedAbove(ORDINARY)).to.deep.equal([]);
  });
});
