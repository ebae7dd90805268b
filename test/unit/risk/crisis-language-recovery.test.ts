import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;
const codes = (text: string) => crisisLanguageFactors(text).map((f) => f.code);

// Recovery stories (train5: Reddit titles, 2026-12-01) name the old crisis to measure the distance from it; speech-to-text
// joins their sentences. Each rule that reads them as history is checked beside the crisis statement it must not hide.
describe('crisis language: recovery stories and run-on speech', () => {
  it('reads a past crisis joined to other words by "and" as told in the past', () => {
    expect(level('A year ago I was depressed and suicidal. Today things have gotten better.')).to.equal('low');
    expect(level('two years ago i was a recovering addict and incredibly suicidal this is me now')).to.equal('low');
    expect(level('Two years ago, I was a recovering addict and incredibly suicidal. This is me now.')).to.equal('low');
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

  it('reads a recent word after a placed past as the next sentence, and before it as the time of the crisis', () => {
    expect(level('a year ago i was suicidal today things are better')).to.equal('low');
    expect(level('years ago i tried to kill myself today i feel better')).to.equal('low');
    expect(level('i was suicidal today')).to.equal('high');
    expect(level('years ago it was bad but today i tried to kill myself')).to.equal('critical');
  });

  it('counts a recovery milestone as history, and follows up one counted in days or weeks', () => {
    expect(level('It has been 6 months since I last self harmed')).to.equal('low');
    expect(level('On the anniversary of my suicide attempt I saw my favourite band live')).to.equal('low');
    expect(level('first birthday in years without feeling actively suicidal')).to.equal('low');
    expect(level('im 10 days clean of self harm')).to.equal('medium');
    expect(level('I am 7 months clean from self harm but I cut myself last night')).to.equal('critical');
  });

  it('follows up thoughts told weeks ago instead of escalating them', () => {
    expect(level('3 weeks ago I was seriously considering suicide, today I have a job')).to.equal('medium');
  });

  it('does not split a sentence at a decimal point, nor read a distance as "kill myself"', () => {
    expect(
      level('6 weeks ago, I was 2.5 months unemployed and I was considering suicide. Today I have a job'),
    ).to.equal('medium');
    expect(level('I travelled 9800 kms for a holiday')).to.equal('low');
    expect(level('i want to kms')).to.equal('high');
  });

  it('takes no plan from a time that names when something else happened, nor from a plan denied', () => {
    expect(level('happy with the pictures from tonight. 3 weeks ago I was suicidal')).to.equal('medium');
    expect(level('I want to kill myself tonight')).to.equal('critical');
    expect(level('i am suicidal but i do not have a plan')).to.equal('high');
    expect(level('i am suicidal and i have a plan')).to.equal('critical');
  });

  it('weighs several history or third-party findings once, as one fact', () => {
    expect(level('Three years ago I attempted suicide. As of yesterday I am three years clean of self harm')).to.equal(
      'low',
    );
  });

  it('reads death as an adjective or an end foretold in passing as no wish, and a wish to be dead still as one', () => {
    expect(level('I was dead set on living in America')).to.equal('low');
    // Read as no wish by the rules (the learned layer may still weigh the rest of the words).
    expect(codes('i know i will be alone until i die')).to.not.include('ideation_passive');
    expect(level('i cant wait until i die')).to.equal('medium');
    expect(level('I feel emotionally dead')).to.equal('low');
    expect(level('I had multiple family members die this year')).to.equal('low');
    expect(level('I just want to be dead')).to.equal('medium');
    expect(level('i would rather be dead')).to.equal('medium');
  });

  it('reads being held back only by fear or by lacking courage as thoughts of acting, negated or not', () => {
    expect(level('I am too afraid of dying to actually do anything')).to.equal('high');
    expect(level("I'm not too scared to kill myself")).to.equal('high');
    expect(level("I don't have the courage to kill myself")).to.equal('high');
    expect(level('I am too scared to do anything at work')).to.equal('low');
  });

  it('reads dying of joy and dyeing hair as no wish', () => {
    expect(level("I've been dying of joy all day")).to.equal('low');
    expect(level('Celebrated by dying my hair pink')).to.equal('low');
  });

  it('lets an exception count only beside its cue when speech-to-text gives a whole check-in as one clause', () => {
    expect(level('i went to church and the song was nice then i came home and i want to kill myself')).to.equal('high');
    expect(level('i told my sister to take care of yourself and i want to kill myself tonight')).to.equal('critical');
    expect(level('we watched a movie lol it was funny and then i cried and i want to die')).to.equal('medium');
    expect(level('the nurse asked if i was eating i said no and i want to die')).to.equal('medium');
    expect(level('that song goes i want to die')).to.equal('low');
    expect(level('i want to die is a great song')).to.equal('low');
    expect(level('i want to die lol')).to.equal('low');
    expect(level('I’m dead. 😂')).to.equal('low');
    expect(level('the other day i was watching a film and a character’s death always gets me sad')).to.equal('low');
  });
});
