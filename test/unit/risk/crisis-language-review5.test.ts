import { expect } from 'chai';
import { floorsFrom, gradedBelow } from '../../setup/risk-levels.js';

// The fifth review (2026-12-01) probed each remaining exception with crisis statements written blind to the rules; 181
// were graded lower than before the session, and those exceptions were withdrawn. Each statement the rules of 24bdc16
// raised must still reach that level. Statements naming a means were left out of the fixture (no method information).
const CASES = floorsFrom(new URL('../../fixtures/risk/review5.jsonl', import.meta.url));

describe('crisis language: the fifth review of the session', () => {
  it('holds several hundred crisis statements, each with its floor', () => {
    expect(CASES.length).to.be.greaterThan(500);
  });

  it('grades no crisis statement of the review lower than the rules before the session did', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });
});
