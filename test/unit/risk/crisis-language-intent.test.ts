import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { expectLevels } from '../../setup/risk-levels.js';

// DESIGN §10: "a plan, intent or recent behaviour → critical". Intent told in words of intent was graded high (found
// by a review of the contract, 2026-12-02); wondering whether one will, or denying it, is not intent.

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

describe('crisis language: intent', () => {
  const INTENT = [
    'I intend to kill myself',
    'I intend to end my life',
    'I fully intend to take my own life',
    'my intention is to kill myself',
    'I have every intention of killing myself',
    'nia yangu ni kujiua',
    'lengo langu ni kujitoa uhai',
  ];
  for (const text of INTENT) it(`grades "${text}" critical`, () => expect(level(text)).to.equal('critical'));

  it('grades a wish followed by saying one will act on it as critical: "I want to die and I intend to do it"', () => {
    expect(level('I want to die and I intend to do it')).to.equal('critical');
    expect(level('I want to die and I am going to do it')).to.equal('critical');
    expect(level('I want to die. I intend to do it.')).to.equal('critical');
  });

  it('keeps denials and doubt below intent', () => {
    expect(level("I don't intend to kill myself")).to.equal('low');
    expect(level('I never intend to kill myself')).to.equal('low');
    expect(level('nia yangu si kujiua')).to.equal('low');
    expect(level('I want to die but I am not going to do it')).to.equal('medium');
    expect(level('idk if or when i am going to do it but the thought of suicide is always on my mind')).to.equal(
      'high',
    );
  });

  it('reads intent denied as a denial, and a denial that still names a time as a plan', () => {
    expect(level('I have no intention of killing myself')).to.equal('low');
    expect(level('sina nia ya kujiua')).to.equal('low');
    expect(level('hapana sina mpango wa kujiua nimechoka tu na kazi')).to.equal('low');
    expect(level('i have no intention of killing myself tonight but maybe tomorrow')).to.equal('critical');
    // A denial taken back by what follows counts as no denial (the eighth review): the graver reading stands.
    expect(level('I have no intention of killing myself but I want to die')).to.equal('high');
  });

  it('reads intending not to live as thoughts of ending one’s life, but not where one lives', () => {
    expect(level('I have no intention of living anymore')).to.equal('high');
    expect(level('I dont plan on living much longer')).to.equal('high');
    expect(level('I dont intend to be alive next year')).to.equal('high');
    expect(level('I have no intention of living with him')).to.equal('low');
    expect(level('I dont plan on living with my parents much longer')).to.equal('low');
  });

  it('reads being done living and being ready to die in Swahili as a wish, and a date set for one’s death as a plan', () => {
    expect(level('im done living')).to.equal('medium');
    expect(level('niko tayari kufa')).to.equal('medium');
    expect(level('niko tayari kufa kwa ajili ya watoto wangu')).to.equal('low');
    expect(level('siko tayari kufa')).to.equal('low');
    expect(level('im done living in this town')).to.equal('low');
    expect(level('I have set the date for my death')).to.equal('critical');
    expect(level('I have picked a date to die')).to.equal('critical');
  });

  it('reads feeling like ending it all, thinking of taking all one’s pills and Swahili farewells', () => {
    expect(level('i feel like ending it all')).to.equal('high');
    expect(level('i am thinking of taking all my pills tonight')).to.equal('critical');
    expect(level('sitakuwepo tena')).to.equal('high');
    expect(level('kwaheri nyote nawapenda')).to.equal('critical');
    expect(level('To any young person listening: if you ever feel like ending it, talk to someone.')).to.equal('low');
    expect(level('i feel like ending this conversation')).to.equal('low');
    expect(level('i need to take all my pills as the doctor said')).to.equal('low');
    expect(level('Sitakuwepo kesho, niko na shift ya usiku.')).to.equal('low');
    expect(level('kwaheri nyote tutaonana jumatatu')).to.equal('low');
  });

  it('keeps another person’s intent a report', () => {
    expect(level('my friend said her plan is to kill herself')).to.equal('low');
    expect(level('she intends to kill herself')).to.equal('low');
  });
});

describe('crisis language: a day named beside "najiua", and "i will have ended my life" (red team 196)', () => {
  it('reads the present tense with this week or a weekday, before or after, and the future perfect as intent', () => {
    expectLevels({
      'najimaliza wikendi hii': 'critical',
      'wikendi hii najimaliza': 'critical',
      'wiki hii najiua': 'critical',
      'ijumaa najiua': 'critical',
      'by friday i will have ended my life': 'critical',
      'i will have killed myself by then': 'critical',
    });
  });

  it('leaves work and revision that "kill" one where they were', () => {
    expectLevels({
      'wiki hii najiua na kazi': 'high', // the present tense alone stays active, as before
      'najimaliza wiki hii na masomo': 'high',
      'by the end of exams i will have killed myself with revision': 'low',
      'sitaki kujiua wiki hii': 'low',
    });
  });
});
