import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors, detectCrisisLanguage } from '../../../processors/risk/language/index.js';

const tier = (text: string) => detectCrisisLanguage(text).tier;
const level = (text: string) => combine(crisisLanguageFactors(text)).level;
const codes = (text: string) => detectCrisisLanguage(text).factors.map((f) => f.code);

describe('crisis language: implicit wordings, Swahili verb forms and when it happened', () => {
  it('hears a wish not to wake up or not to care whether one lives, without the word die', () => {
    expect(tier('mine is please dont wake up')).to.equal('passive');
    expect(tier('I wish I just wouldn’t wake up.')).to.equal('passive');
    expect(tier('i could careless if i live or not')).to.equal('passive');
    expect(tier('I just want to disappear from this world')).to.equal('passive');
  });

  it('hears "better off without me" whoever the subject is, in English and Swahili', () => {
    expect(tier('my wife and daughter would be better off without me')).to.equal('passive');
    expect(tier('Nadhani mke wangu na mtoto wangu wangekuwa bora bila mimi.')).to.equal('passive');
  });

  it('hears ending it and checking out as active thoughts, not the end of a relationship', () => {
    expect(tier('It is just killing me. Maybe I should just end it')).to.equal('active');
    expect(tier('I laid in bed thinking I could just check out and avoid feeling so low')).to.equal('active');
    expect(tier('i should just end it with him')).to.equal('none');
    expect(tier('we could check out the new mall')).to.equal('none');
  });

  it('reads the Swahili and Sheng forms of killing or finishing oneself', () => {
    expect(tier('Labda ni bora nijiue tu.')).to.equal('active');
    expect(tier('Hii kitu inaniua buda. Labda nijitoe tu.')).to.equal('active');
    expect(tier('kuna sauti kichwani inaniambia tu nijimalize')).to.equal('active');
    expect(tier('nataka ku end it so badly')).to.equal('active');
    expect(tier('nitamaliza maisha yangu mwishoni mwa msimu huu')).to.equal('plan');
    expect(tier('nimeamua kujitoa kwenye kikundi cha whatsapp')).to.equal('none');
  });

  it('treats trying not to self-harm as an urge, not a denial', () => {
    expect(tier('I struggle hardcore to not self harm')).to.not.equal('none');
    expect(tier('buda napigana vibaya nisijiumize')).to.equal('active');
    expect(tier('I do not self harm')).to.equal('none');
  });

  it('places past-tense ideation with a time before now in history, not current risk', () => {
    // A time in another sentence may date another event ("last year i lost my job. i tried to kill myself"):
    // followed up since session 35, no longer history.
    expect(codes('I quit my job years ago. I was near suicide.')).to.include('past_unclear');
    expect(codes('I was near suicide. That was years ago.')).to.include('history');
    expect(tier('in my first year of uni i attempted suicide')).to.equal('none');
    expect(tier('Kabla sijapata utambuzi, nilikuwa na mawazo ya kujiua')).to.equal('none');
    expect(tier('nilijaribu kujitoa nikiwa first year campus saa hii niko sawa')).to.equal('none');
  });

  it('follows up past-tense thoughts with no time named at medium, and keeps them current when recent', () => {
    expect(codes('Before that, I thought about suicide a lot')).to.include('past_unclear');
    expect(level('I was suicidal')).to.equal('medium');
    expect(level('I was suicidal last night')).to.equal('high');
    expect(level('I have been suicidal for a few weeks')).to.equal('high');
  });

  it('keeps fear of dying and talk of others dying apart from a wish to die', () => {
    expect(tier('when i have a panic attack i think that i have an aneurysm and am going to die')).to.equal('none');
    expect(tier('i had never dealt with the death of a friend')).to.equal('none');
    expect(tier('A dying town I have been watching')).to.equal('none');
    expect(tier('a full time job would literally kill me')).to.equal('none');
  });

  it('weighs the warning signs NIMH lists: one alone stays low, two together reach medium', () => {
    // The rules' signals alone (the learned layer may add its own medium where no rule read the words).
    const byRules = (text: string) =>
      combine(crisisLanguageFactors(text).filter((f) => f.code !== 'learned_ideation')).level;
    expect(byRules('i feel so trapped')).to.equal('low');
    expect(byRules('i cant take it anymore')).to.equal('low');
    expect(byRules('i feel so trapped and i cant take it anymore')).to.equal('medium');
    expect(codes('I really dont think anyone will miss me')).to.include('distress_burden');
    // Two wordings of the same sign in one clause count once.
    expect(codes('nobody would miss me').filter((c) => c === 'distress_burden')).to.have.length(1);
  });

  it("hears the family or friends being better off without the speaker as the speaker's own wish, in Sheng too", () => {
    expect(tier('My family would be better off without me, that is the truth.')).to.equal('passive');
    expect(tier('wasee wangekuwa fiti bila mimi')).to.equal('passive');
    expect(level('nimekuwa nikifikiria kuji-off')).to.equal('high');
  });
});
