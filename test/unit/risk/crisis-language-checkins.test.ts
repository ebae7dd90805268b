import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Whole spoken check-ins as speech-to-text gives them (one run-on clause), from a third blind probe set (PROBES.md).
describe('crisis language: whole spoken check-ins in one run-on clause', () => {
  it('dates a past crisis by the nearest time named before it, not by "today" at the start of the check-in', () => {
    expect(
      level(
        'today was a good day we went to my sisters graduation and i was thinking about how three years ago i tried to take my own life and now i am on treatment',
      ),
    ).to.equal('low');
    expect(level('years ago it was bad but today i tried to kill myself')).to.equal('critical');
  });

  it('takes "still" far from the crisis as no sign that it goes on', () => {
    expect(
      level(
        'last year around this time i was thinking of killing myself every day but my aunt took me to a counsellor and now i am in college and honestly the thoughts are gone completely i still get stressed about fees',
      ),
    ).to.equal('low');
    expect(level('when i was twelve i tried to kill myself and i still think about it every day')).to.equal('critical');
  });

  it('reads words someone else said, posted or thinks, and lyrics introduced by "that goes", as theirs', () => {
    expect(level('my little brother failed his exams and he said i will kill myself if dad finds out')).to.equal('low');
    expect(level('my cousin keeps posting things on facebook like i want to die and nobody cares')).to.equal('low');
    expect(level('the song on the radio was that old one that goes i want to die in your arms tonight')).to.equal(
      'low',
    );
    expect(level('the main character sits alone in the rain and says i am going to kill myself tonight')).to.equal(
      'low',
    );
    expect(level('wasee wanadhani nitajiua lakini hapana sina mawazo kama hayo')).to.equal('low');
    expect(level('my mum said i am lazy and i want to die')).to.equal('medium');
  });

  it('reads a question answered no, in Swahili too, unless taken back', () => {
    expect(level('muuguzi aliniuliza kama nimewahi kufikiria kujiua nikamwambia hapana sijawahi')).to.equal('low');
    expect(level('daktari aliniuliza kama nawaza kujiua nikasema hapana lakini ni kweli nawaza')).to.equal('high');
    expect(level('the nurse asked me again at the clinic if i have thoughts of suicide and i said no')).to.equal('low');
  });

  it('reads talk about suicide as a subject, ending things with someone, and ordinary idioms as no alarm', () => {
    expect(level('we had a debate in class today about whether suicide should be talked about openly')).to.equal('low');
    expect(level('planning on killing myself once i run out of money')).to.equal('critical');
    expect(level('i have made up my mind i am going to end it tonight with my boyfriend')).to.equal('low');
    expect(level('the car had a dead battery in the morning so my neighbour helped me')).to.equal('low');
    expect(level('nitapata kazi hiyo kufa kupona')).to.equal('low');
    expect(level('nilicheka mpaka nikafa buda')).to.equal('low');
    expect(level('nimechoka na maisha ya nairobi kodi ni ghali')).to.equal('low');
    expect(level('nimechoka na maisha')).to.equal('medium');
    expect(level('kama unawaza kujitoa uhai usikae kimya ongea na mtu')).to.equal('low');
  });

  it('reads a past told as once, or as not like before, the right way', () => {
    expect(level('mwaka jana niliwahi kusema nataka kufa lakini sasa mambo yamebadilika')).to.equal('low');
    expect(level('mawazo ya kujiua yanakam kila saa si kama zamani sai ni serious')).to.equal('high');
  });

  it('reads a last day, the means ready, and Sheng "si" before a decision as a plan', () => {
    expect(level('i have decided this is my last week')).to.equal('critical');
    expect(level('i have made up my mind i already have what i need hidden in the cupboard')).to.equal('critical');
    expect(level('si nimeamua kuji-end weekend hii manze')).to.equal('critical');
    expect(level('nimeshapata kila kitu nitatumia na nitaji-end kesho usiku')).to.equal('critical');
  });
});
