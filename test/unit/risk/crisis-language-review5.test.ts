import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import type { RiskLevel } from '../../../processors/risk/combine.js';
import { gradedBelow } from '../../setup/risk-levels.js';

// The fifth review (2026-12-01) probed each remaining exception with crisis statements written blind to the rules; 181
// were graded lower than before the session, and those exceptions were withdrawn. Each statement the rules of 24bdc16
// raised must still reach that level. Statements naming a means were left out of the fixture (no method information).
const CASES = readFileSync(new URL('../../fixtures/risk/review5.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const { text, atLeast } = JSON.parse(line) as { text: string; atLeast: RiskLevel };
    return [text, atLeast] as [string, RiskLevel];
  });

describe('crisis language: the fifth review of the session', () => {
  it('holds several hundred crisis statements, each with its floor', () => {
    expect(CASES.length).to.be.greaterThan(500);
  });

  it('grades no crisis statement of the review lower than the rules before the session did', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });
});
