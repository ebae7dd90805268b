import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { othersQuoted } from '../../../processors/risk/language/quoted.js';

// Someone else's words quoted to the speaker are a report about them (third_party), not the speaker's own crisis: a
// review's false-alarm sweep found "my friend told me: "<crisis>"" still high or more for 54 % of real crises.

const read = (text: string) => {
  const factors = crisisLanguageFactors(text);
  return { level: combine(factors).level, codes: factors.map((f) => f.code) };
};

describe('crisis language: someone else quoted', () => {
  it('reads a crisis quoted after someone else’s telling as a report for follow-up', () => {
    for (const text of [
      'my friend told me: "I want to kill myself tonight"',
      'She said: "I want to kill myself."',
      'rafiki yangu aliniambia "nataka kujiua leo"',
      'my sister texted me “I’m going to end it all tonight”',
      'in the movie the character says "I want to die"',
    ])
      expect(read(text), text).to.deep.equal({ level: 'low', codes: ['third_party'] });
  });

  it('keeps the speaker’s own words beside the quotation, and the quotation when the speaker takes it as theirs', () => {
    expect(read('my mom said "you are useless" and I want to kill myself').level).to.equal('high');
    expect(read('my friend texted me "i want to die" and i want to die too').level).to.equal('medium');
    expect(read('my friend told me: "I want to kill myself tonight" and honestly same').level).to.equal('critical');
    expect(read('my therapist asked me "are you ok" and I said "I want to kill myself"').level).to.equal('high');
  });

  it('reads nothing as quoted without closed marks or without someone else telling', () => {
    expect(othersQuoted('my friend said "I want to kill myself')).to.equal(undefined);
    expect(othersQuoted('I told my friend "I want to kill myself"')).to.equal(undefined);
    expect(othersQuoted('I want to kill myself')).to.equal(undefined);
    expect(read('my friend said "hi. I want to kill myself').level).to.equal('high');
  });

  it('reads a question about ending one’s life answered yes as the speaker’s own, and answered no as written', () => {
    expect(read('the nurse asked me "are you thinking of killing yourself" i said yes').level).to.equal('high');
    expect(read('my doctor asked "do you have thoughts of ending your life?" and I said yes').level).to.equal('high');
    expect(read('daktari aliniuliza "una mawazo ya kujiua?" nikasema ndio').level).to.equal('high');
    expect(read('the nurse asked me "are you thinking of killing yourself" i said no but i am').level).to.equal('high');
    // Answered no, the question is read as written, as before the session (a review found "no" taken back too often).
    expect(read('my doctor asked me "do you want to die?" and I said no').level).to.equal('medium');
    // Speech-to-text writes no quotation marks.
    expect(read('the nurse asked me are you thinking of killing yourself i said yes').level).to.equal('high');
    expect(read('the nurse asked me are you thinking of killing yourself i said no').level).to.equal('low');
  });
});
