import { expect } from 'chai';
import { floorsFrom, gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// Two red teams (2026-12-01, eighth session) read the rules and wrote plainly stated crisis statements in East African
// English and in Swahili, Sheng and mixed speech that they graded too low. Those the fixes reach are kept here, each
// with the level it must keep (RULES.md, "Red team").
const CASES = floorsFrom(new URL('../../fixtures/risk/redteam.jsonl', import.meta.url));

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
