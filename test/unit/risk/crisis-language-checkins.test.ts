import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Whole spoken check-ins as speech-to-text gives them (one run-on clause), from a third blind probe set (PROBES.md).
describe('crisis language: whole spoken check-ins in one run-on clause', () => {
  it('keeps an act current when its clause names today', () => {
    expect(level('years ago it was bad but today i tried to kill myself')).to.equal('critical');
  });

  it('keeps an act current when the speaker still thinks about it', () => {
    expect(level('when i was twelve i tried to kill myself and i still think about it every day')).to.equal('critical');
  });

  it('reads lyrics introduced by "that goes" as a quotation, and a wish after someone\'s words as the speaker\'s', () => {
    expect(level('the song on the radio was that old one that goes i want to die in your arms tonight')).to.equal(
      'low',
    );
    expect(level('my mum said i am lazy and i want to die')).to.equal('medium');
  });

  it('keeps an answer taken back, in Swahili too, as risk', () => {
    expect(level('daktari aliniuliza kama nawaza kujiua nikasema hapana lakini ni kweli nawaza')).to.equal('high');
  });

  it('reads a debate about suicide and ordinary idioms as no alarm, and plans and tiredness of life as risk', () => {
    expect(level('we had a debate in class today about whether suicide should be talked about openly')).to.equal('low');
    expect(level('planning on killing myself once i run out of money')).to.equal('critical');
    expect(level('nilicheka mpaka nikafa buda')).to.equal('low');
    expect(level('nimechoka na maisha')).to.equal('medium');
  });

  it('keeps "not like before" current', () => {
    expect(level('mawazo ya kujiua yanakam kila saa si kama zamani sai ni serious')).to.equal('high');
  });

  it('reads a last day, the means ready, and Sheng "si" before a decision as a plan', () => {
    expect(level('i have decided this is my last week')).to.equal('critical');
    expect(level('i have made up my mind i already have what i need hidden in the cupboard')).to.equal('critical');
    expect(level('si nimeamua kuji-end weekend hii manze')).to.equal('critical');
    expect(level('nimeshapata kila kitu nitatumia na nitaji-end kesho usiku')).to.equal('critical');
  });
});
