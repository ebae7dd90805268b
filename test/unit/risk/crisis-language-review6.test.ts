import { expect } from 'chai';
import type { RiskLevel } from '../../../processors/risk/combine.js';
import { gradedBelow, languageLevel } from '../../setup/risk-levels.js';

// A sixth review (2026-12-01, a code review) found crisis statements graded lower than before the session by two
// changes kept as raising ones: a new milder cue hid the backstop's reading of "suicide" in its clause, and a decimal
// point joined a past frame to the next clause. Each must reach the level the rules of 24bdc16 gave it.
const CASES: ReadonlyArray<[text: string, atLeast: RiskLevel]> = [
  ['i have no will to live and i made a suicide plan', 'critical'],
  ['i cant go on any longer and i have a suicide plan', 'critical'],
  ['i will be gone soon and suicide is the plan', 'critical'],
  ['i am too scared to end it all and i have a suicide plan', 'critical'],
  ['i wish i wasnt alive and suicide is all i think about', 'high'],
  ['death is the only way out and suicide is on my mind', 'high'],
  ['i want to rest forever and suicide is on my mind', 'high'],
  ['i have lost the will to live and suicide is on my mind', 'high'],
  ['i lost the will to live and suicide is the only thing on my mind', 'high'],
  ['i have no will to live and suicidal every day', 'high'],
  ['no point for me in living and suicide is on my mind', 'high'],
  ['i cant even see the point in living and suicide is on my mind', 'high'],
  ['i cant go on any longer and suicide is on my mind', 'high'],
  ['two years ago i was 19.5 stone, wanting to kill myself every day', 'high'],
  ['i was on 2.5 mg for a month, wanting to kill myself every day', 'high'],
  ['i had a 3.5 average, wanting to end my life every single day', 'high'],
  ['i was in hospital for 2.5 weeks, wanting to kill myself', 'high'],
];

describe('crisis language: the sixth review of the session', () => {
  it('lets no milder cue or decimal point grade a crisis statement lower than before the session', () => {
    expect(gradedBelow(CASES)).to.deep.equal([]);
  });

  it('reads "off myself" after a modal without dropping the modal', () => {
    expect(languageLevel('i am going to off myself')).to.equal(languageLevel('i am going to kill myself'));
  });

  it("keeps a cue's own negation when the backstop would read the same clause", () => {
    expect(languageLevel('i dont want to die and suicide is not for me')).to.equal('low');
  });
});
