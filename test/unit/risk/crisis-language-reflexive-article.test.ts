import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Session 36 (RULES.md, "The thoughts of killing myself"): an article before the phrase read it as talk about suicide,
// so "the thoughts of killing myself started when he left and they are worse now" was low.
describe('crisis language: an article-led phrase with "myself" or "my life"', () => {
  it("reads it as the speaker's thoughts when its clause says they go on", () => {
    expect(level('The thoughts of killing myself started when he left and they are worse now.')).to.equal('high');
    expect(level('the thoughts of killing myself wake me up kila usiku sasa')).to.equal('high');
    expect(level('Since the results came out the thoughts of killing myself have not stopped.')).to.equal('high');
  });

  it('leaves it as talk when the clause ends, denies, asks about or reports the thoughts', () => {
    expect(level('the thoughts of killing myself stopped after i got the job')).to.equal('low');
    expect(level('The counsellor asked about the thoughts of killing myself and I said no, none at all.')).to.equal(
      'low',
    );
    expect(level("I don't have the thoughts of killing myself anymore, nimechoka tu na night shifts.")).to.equal('low');
  });
});
