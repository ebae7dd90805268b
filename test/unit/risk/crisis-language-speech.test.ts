import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { expectLevels } from '../../setup/risk-levels.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Check-in wordings a blind probe set (RULES.md, "Probes") showed missing, each beside a near miss that must stay quiet.
describe('crisis language: check-in wordings found by blind probes', () => {
  it('reads asking why to go on, asking God to take one, and resting forever as a wish to be dead', () => {
    expect(level('why should i keep living when nothing ever changes')).to.equal('medium');
    expect(level('mbona niendelee kuishi bro')).to.equal('medium');
    expect(level('Kwa kweli sioni haja ya kuendelea kuishi.')).to.equal('medium');
    expect(level('i pray every night that god takes me in my sleep')).to.equal('medium');
    expect(level('namwomba mungu anichukue usingizini')).to.equal('medium');
    expect(level('nimechoka na hustle ya maisha nataka kupumzika forever')).to.equal('medium');
    expect(level('kila mtu angekuwa na furaha bila mimi')).to.equal('medium');
    expect(level('my sister died in 2019 and every night i think about joining her')).to.equal('medium');
    expect(level('i pray that god takes me to a good school')).to.equal('low');
  });

  it('reads a wish of the speaker beside someone else as the speaker’s, in Swahili too', () => {
    expect(level('mama yangu ni mgonjwa na mimi nataka kufa pia')).to.equal('medium');
  });

  it('reads no longer being here, with a time, as a plan, and suicide as the answer as active thoughts', () => {
    expect(level('i wont be here next week so it doesnt really matter')).to.equal('high');
    // No rule reads it as a wish (the learned layer may still ask for a follow-up at medium): never an escalation.
    expect(level('i wont be here next week i have a doctors appointment')).to.be.oneOf(['low', 'medium']);
    expect(level('wiki ijayo sitakuwa hai')).to.equal('critical');
    expect(level('kesho sitakuwepo tena nimeshaamua')).to.equal('critical');
    expect(level('kujiua ndio suluhisho pekee')).to.equal('high');
    expect(level('i wont be here for the meeting')).to.equal('low');
  });

  it('raises thoughts to a plan when a plan is stated, not when it is denied', () => {
    expect(level('i am suicidal and i have a plan')).to.equal('critical');
    expect(level('niko na plan ya kujiua wiki hii')).to.equal('critical');
    expect(level('nimepanga siku ya kujitoa uhai')).to.equal('critical');
    expect(level('i am suicidal but i do not have a plan')).to.equal('high');
  });

  it('reads preparations and farewells as plan or behaviour', () => {
    expect(level('i have been looking up ways to die')).to.equal('critical');
    expect(level('nimeandika barua za kuwaaga familia yangu')).to.equal('critical');
    expect(level('nimeanza kugawa vitu vyangu kwa ndugu zangu kabla sijaondoka')).to.equal('critical');
    expect(level('the kids are asleep now this is the last time you will hear from me')).to.equal('critical');
    expect(level('tonight is the night i end it')).to.equal('critical');
    expect(level('i survived the attempt last week but i wish i hadnt')).to.equal('critical');
    expect(level('i have been looking up ways to save money')).to.equal('low');
  });

  it('reads Sheng reflexives on English verbs', () => {
    expect(level('buda nataka kuji-end leo usiku')).to.equal('critical');
    expect(level('yesterday nilijiharm tena')).to.equal('critical');
    expect(level('sina courage ya kuji-end bado')).to.equal('high');
  });

  it('takes laughter back when the speaker says it is no joke, and a quotation when they take the words as theirs', () => {
    expect(level('haha im not joking this time i will kill myself')).to.equal('critical');
    expect(level('haha msee si joke this time nitajiua')).to.equal('critical');
    expect(level('that song goes i want to die and honestly same i really want to die')).to.equal('medium');
    expect(level('that song goes i want to die')).to.equal('low');
  });

  it('keeps a feeling said to be back current', () => {
    expect(level('i used to want to die as a teenager and now the feeling is back')).to.equal('medium');
  });

  it('keeps ambivalence, and suicide or death as the only option, as risk', () => {
    // Ambivalence keeps the risk: "it's not that i want to die, i just want the pain to stop".
    expect(level('not that i want to die or anything')).to.equal('medium');
    expect(level('i dont really want to die i just want to disappear for a while')).to.equal('low');
    expect(level('suicide is the only option')).to.equal('high');
    expect(level('death is my only option')).to.equal('medium');
  });

  it('reads the implicit wishes of train4: disappearing, done with life, alive only for someone, angry to wake up', () => {
    expect(level('all i want to do is disappear')).to.equal('medium');
    expect(level("Life's not worth living otherwise.")).to.equal('medium');
    expect(level("i'm done with life and everything it's gotta offer")).to.equal('medium');
    expect(level('i have lost all faith and will to live')).to.equal('medium');
    expect(level("I'm staying alive because of my cats.")).to.equal('medium');
    expect(level('anyone else wake up and mad they woke up')).to.equal('medium');
    expect(level("Don't want to be here anymore")).to.equal('medium');
    expect(level('Does anyone else feel like they want to die')).to.equal('medium');
    expect(level("first day in years when i don't think about killing myself")).to.equal('high');
    expect(level("i give myself at most 6 months i won't live beyond that")).to.equal('critical');
    expect(level('I found a way to leave this world. I am doing it once I get back to college.')).to.equal('critical');
    expect(level('does anyone else feel like they are always tired')).to.equal('low');
  });
});

describe('crisis language: suicide or death as the only way, said the other way round (red team 196)', () => {
  it('reads "the only way out is suicide" and "no other way but …" as suicide or death named as the answer', () => {
    expectLevels({
      'a suicide attempt is the only way to make people care': 'high',
      'the only way out is suicide': 'high',
      'my only option left is to kill myself': 'high',
      'honestly no other way but suicide': 'high',
      'njia pekee ni kujiua': 'high',
      'only way out is to die': 'medium',
      'there is no other way but to die': 'medium',
      'sioni njia nyingine ila kufa': 'medium',
      'msee sioni form ingine ila ku-die tu': 'medium',
    });
  });

  it('leaves other ways out, others’ views and denials where they were', () => {
    expectLevels({
      'the only way out is to study harder': 'low',
      'the only way out is death of the old system': 'low',
      'my brother thinks the only way out is suicide': 'low',
      'the only way out is not suicide': 'low',
      'no other way but to die of hunger': 'low',
      'i see no other way but to study': 'low',
      'sioni njia nyingine ila kuomba mungu': 'low',
      'sioni njia nyingine ila kufa na kupona na hii biashara': 'low',
      'i dont want to die but there is no other way but to keep going': 'low',
    });
  });
});

describe('crisis language: dying by one’s own hand (red team 197)', () => {
  it('reads dying or not being here "by my own hand" and "kufa kwa mkono wangu" as thoughts of suicide', () => {
    expectLevels({
      'i keep thinking about actually doing it, about not being here by my own hand': 'high',
      'nataka kufa kwa mkono wangu mwenyewe': 'high',
      'tonight i will die by my own hand goodbye': 'critical',
    });
  });

  it('leaves denials, someone else and work done by hand low', () => {
    expectLevels({
      'i would never die by my own hand': 'low',
      'my uncle died by his own hand': 'low',
      'i built this house by my own hand': 'low',
    });
  });
});

describe('crisis language: angry to have been saved or to have survived (session 45)', () => {
  it('reads anger at being saved or at surviving as a wish to be dead', () => {
    expectLevels({
      'im angry they saved me': 'medium',
      'why did they save me': 'medium',
      'i am angry that i survived': 'medium',
      'they saved me and i hate them for it': 'medium',
      'i woke up in hospital yesterday and im angry they saved me': 'medium',
      'nimekasirika waliniokoa': 'medium',
      'kwa nini waliniokoa': 'medium',
    });
  });

  it('leaves gratitude, seats, someone else’s anger and a survivor’s guilt low', () => {
    expectLevels({
      'the doctors saved me yesterday and im so grateful': 'low',
      'why did they save me a seat at the back': 'low',
      'im angry they saved the old building': 'low',
      'she is angry they found me': 'low',
      'i am not angry they saved me': 'low',
      'my sister said why did they save me after her accident': 'low',
      'i am angry that i survived and my brother didnt': 'low',
      'i woke up in hospital after the accident and i was upset that i survived but my friend did not': 'low',
      'i survived the crash and im angry that i survived': 'low',
    });
  });
});

describe('crisis language: counting the days until one is gone, not feeling like living, vanishing (session 45)', () => {
  it('reads them said alone as a wish to be dead', () => {
    expectLevels({
      "i'm counting down the days until i'm gone": 'medium',
      "counting down the days till i'm done with all of this for good": 'medium',
      'sijisikii kuishi tena': 'medium',
      'ningependa kutoweka': 'medium',
    });
  });

  it('leaves leave, exams, a place and a while low', () => {
    expectLevels({
      'counting down the days until i am gone on leave': 'low',
      'counting down the days till i am done with exams': 'low',
      'sijisikii kuishi na wazazi wangu': 'low',
      'sijisikii kuishi hapa nairobi': 'low',
      'ningependa kutoweka kwa muda': 'low',
    });
  });
});
