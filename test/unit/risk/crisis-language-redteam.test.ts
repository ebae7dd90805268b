import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import type { RiskLevel } from '../../../processors/risk/combine.js';
import { gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// Two red teams (2026-12-01, eighth session) read the rules and wrote plainly stated crisis statements in East African
// English and in Swahili, Sheng and mixed speech that they graded too low. Those the fixes reach are kept here, each
// with the level it must keep (RULES.md, "Red team").
const CASES = readFileSync(new URL('../../fixtures/risk/redteam.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => {
    const { text, atLeast } = JSON.parse(line) as { text: string; atLeast: RiskLevel };
    return [text, atLeast] as [string, RiskLevel];
  });

describe('crisis language: the red teams of East African English and Swahili', () => {
  it('holds their statements, each with its floor', () => {
    expect(CASES.length).to.be.greaterThan(200);
  });

  it('grades none of them below its floor', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });

  it('leaves the ordinary senses of the new wordings quiet', () => {
    for (const text of [
      'sina mawazo ya kujiua leo nimechoka tu',
      'I am tired of life in this city',
      'may god take me through this exam',
      'the only thing stopping me is capital',
      'i try to commit everything to god in prayer',
      'never would i kill myself, my children need me',
      'i finished myself in the gym today',
      'sitaki kuwepo kwenye mkutano kesho',
      'sipendi kuishi mjini',
      'my husband threatened to end my life, i have reported to the police',
    ])
      expect(languageLevel(text), text).to.equal('low');
  });
});
