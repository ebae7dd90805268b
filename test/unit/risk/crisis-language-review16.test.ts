import { expect } from 'chai';
import { gradedAbove, gradedBelow, reviewCasesFrom } from '../../setup/risk-levels.js';

// Review 16 (2026-12-03): a helper wrote 213 check-ins against review 15's narrowed version of the rules for a denial
// left open ("my last check-in … bye", "zimerudi", "mama akiwa bado hai", "kesho sijui", "nitalala milele"). They
// raised 55 of its 159 ordinary texts and lowered no crisis, and were withdrawn too (RULES.md). Its texts hold the
// levels of the rules kept (c8cfcaa): no crisis lower (`atLeast`; `must` is the least, medium), no ordinary text higher.
const CASES = reviewCasesFrom(new URL('../../fixtures/risk/review16.jsonl', import.meta.url));
const CRISES = CASES.filter((c) => c.atLeast);
const ORDINARY = CASES.filter((c) => c.atMost);

describe('review 16: denials left open, narrowed', () => {
  it('holds the reviewer’s 54 crises and 159 ordinary check-ins', () => {
    expect([CRISES.length, ORDINARY.length]).to.deep.equal([54, 159]);
  });

  it('grades no crisis lower than the rules kept leave it', () => {
    expect(gradedBelow(CRISES.map((c) => [c.text, c.atLeast!]))).to.deep.equal([]);
  });

  it('grades no ordinary check-in higher than the rules kept leave it', () => {
    expect(gradedAbove(ORDINARY)).to.deep.equal([]);
  });
});
