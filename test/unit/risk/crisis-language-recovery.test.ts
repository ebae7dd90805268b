import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Run-on speech (2026-12-01): the recall fixes of the session. The exceptions for recovery stories it also tried were
// withdrawn after four reviews found them swallowing crises (RULES.md), so recovery stories may raise an alarm.
describe('crisis language: run-on speech and the past', () => {
  it('reads a past crisis its clause places before now as history, and keeps a present wish beside it', () => {
    expect(level('two years ago i was a recovering addict and incredibly suicidal this is me now')).to.equal('low');
    expect(level('I was sad and I want to die')).to.equal('medium');
    // Without a past placed in its own clause the joined predicate keeps its risk: it may be this week's.
    expect(level('I was at work and suicidal')).to.equal('high');
  });

  it('keeps a present wish current whatever past the same run-on clause names', () => {
    expect(level('years ago i was bullied and now i want to die')).to.equal('medium');
    expect(level('my dad died years ago and i want to kill myself')).to.equal('high');
    expect(level('now i am fine but i want to die')).to.equal('medium');
    expect(level('I used to want to die, now I am better')).to.equal('low');
    expect(level('Zamani nilikuwa nataka kufa, lakini sasa niko sawa.')).to.equal('low');
  });

  it('keeps a crisis current when its clause names a recent time', () => {
    expect(level('i was suicidal today')).to.equal('high');
    expect(level('years ago it was bad but today i tried to kill myself')).to.equal('critical');
  });

  it('keeps an act current after a milestone when the act came back', () => {
    expect(level('I am 7 months clean from self harm but I cut myself last night')).to.equal('critical');
  });

  it('reads "kms" as "kill myself"', () => {
    expect(level('i want to kms')).to.equal('high');
  });

  it('raises thoughts to a plan when a plan is stated, not when it is denied', () => {
    expect(level('I want to kill myself tonight')).to.equal('critical');
    expect(level('i am suicidal but i do not have a plan')).to.equal('high');
    expect(level('i am suicidal and i have a plan')).to.equal('critical');
  });

  it('keeps a wish to be dead and a longing for death current', () => {
    expect(level('i cant wait until i die')).to.equal('medium');
    expect(level('I just want to be dead')).to.equal('medium');
    expect(level('i would rather be dead')).to.equal('medium');
  });

  it('reads being held back only by fear or by lacking courage as thoughts of acting, negated or not', () => {
    expect(level('I am too afraid of dying to actually do anything')).to.equal('high');
    expect(level("I'm not too scared to kill myself")).to.equal('high');
    expect(level("I don't have the courage to kill myself")).to.equal('high');
    expect(level('I am too scared to do anything at work')).to.equal('low');
  });

  it('lets an exception count only beside its cue when speech-to-text gives a whole check-in as one clause', () => {
    expect(level('i went to church and the song was nice then i came home and i want to kill myself')).to.equal('high');
    expect(level('i told my sister to take care of yourself and i want to kill myself tonight')).to.equal('critical');
    expect(level('we watched a movie lol it was funny and then i cried and i want to die')).to.equal('medium');
    expect(level('the nurse asked if i was eating i said no and i want to die')).to.equal('medium');
    expect(level('that song goes i want to die')).to.equal('low');
    expect(level('i want to die lol')).to.equal('low');
    expect(level('I’m dead. 😂')).to.equal('low');
    expect(level('the other day i was watching a film and a character’s death always gets me sad')).to.equal('low');
  });
});
