import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { expectLevels } from '../../setup/risk-levels.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Session 36 (RULES.md, "Again, in a later sentence"): a history followed by a sentence saying it happened again was
// low, because only "again" in the crisis's own sentence kept it current.
describe('crisis language: a later sentence saying it happened again', () => {
  it('keeps a past act current when a later sentence says it was done again', () => {
    expect(level('I attempted suicide years ago. Last night I tried again.')).to.equal('critical');
    expect(level('I used to self harm. Last week I did it again.')).to.equal('critical');
    expect(level('I used to self harm in form two. Last night I relapsed.')).to.equal('critical');
    expect(level('Nilikuwa najikata zamani. Jana nilifanya tena.')).to.equal('critical');
    expect(level('at age 15 i tried to kill myself. a month ago i did it again')).to.equal('critical');
  });

  it('keeps thoughts current when a later sentence says they are back', () => {
    expect(level('I used to want to kill myself. The thoughts are back and they won’t stop.')).to.equal('high');
    expect(level('I used to want to die. The thoughts came back last night.')).to.equal('high');
  });

  it('keeps thoughts current when a later sentence says they go on', () => {
    expect(level('I used to want to die. I still do.')).to.equal('medium');
    expect(level('I used to want to die. Those thoughts never really went away.')).to.equal('medium');
    expect(level('I used to want to die. I also used to run marathons. I still do.')).to.equal('low');
    expect(level('I used to want to die. My cough has not gone away.')).to.equal('low');
    expect(level("I tried to kill myself years ago. Everyone thinks I'm fine now but I still want to.")).to.equal(
      'critical',
    );
    expect(level('I used to want to kill myself. My mum thinks I still do.')).to.equal('low');
  });

  it('keeps being suicidal current when the speaker says they still are', () => {
    expect(level('i was suicidal and i still am')).to.equal('high');
    expect(level('I was suicidal in 2019. I still am.')).to.equal('high');
    expect(level('i used to be suicidal and im still sometimes')).to.equal('high');
    expect(level('i was suicidal last year. i still am a student')).to.equal('low');
  });

  it('does not read "i still am" said of something else told between', () => {
    expect(level('i used to be suicidal but not anymore. i was in therapy and i still am')).to.equal('low');
    expect(level('i used to self harm in high school. i was a prefect and i still am')).to.equal('low');
    expect(level('i had suicidal thoughts last year. i was on antidepressants and im still')).to.equal('low');
    expect(level('i was suicidal as a teen. i was single and i still am lol')).to.equal('low');
  });

  it('reads "they are back" as the thoughts only right after a cue that names them', () => {
    expect(level('i had suicidal thoughts last year and now they are back')).to.equal('high');
    expect(level('Nilikuwa na mawazo ya kujiua zamani. Sasa yamerudi.')).to.equal('high');
    expect(level('I used to self harm. My parents went on holiday. Now they are back.')).to.equal('low');
    expect(level('Nilikuwa na mawazo ya kujiua nilipopoteza kazi. Sasa yamerudi kawaida.')).to.equal('medium');
  });

  it('reads "it\'s back" as the want right after a cue that names a want or a feeling, not an illness or a thing', () => {
    expect(level("I used to want to die. It's back.")).to.equal('medium');
    expect(level('I used to feel suicidal. It has come back this week')).to.equal('high');
    expect(level("I used to want to die when I had malaria. It's back.")).to.equal('low');
    expect(level("I used to feel suicidal in 2019. Now I have a new job and it's back on track")).to.equal('low');
    expect(
      level('nilikuwa nafeel suicidal last year. my strength its back. nguvu zimerudi na i can work again'),
    ).to.equal('low');
  });

  it('keeps a bare "i used to cut" current only when a later sentence says the act came again', () => {
    expect(level('i used to cut. last night i did it again')).to.equal('critical');
    expect(level('I used to cut. I relapsed yesterday')).to.equal('critical');
    expect(level('i used to cut but now i am okay, i went to church again today')).to.equal('low');
    expect(level('i used to cut class. yesterday i did it again')).to.equal('low');
    expect(level('my friend said she cut again and i am worried i used to cut too but im ok')).to.equal('low');
  });

  it('leaves the history as it was when the later sentence is dated long ago itself', () => {
    expect(level('years ago i tried to kill myself. years ago i tried again. i feel hopeless')).to.equal('medium');
  });

  it('leaves it when the repetition is denied, supposed or of another habit', () => {
    expect(level('I used to self harm. Last week I did it again? No, I didn’t.')).to.equal('low');
    expect(level('I used to self harm. My mum thinks last week I did it again.')).to.equal('low');
    expect(level('I used to self harm. I quit miraa in January. Last week I relapsed again.')).to.equal('low');
    expect(level('I used to self harm. I ran the Nairobi marathon last year. I did it again this year.')).to.equal(
      'low',
    );
    expect(level('I used to self harm. Yesterday I did it again: 100 days clean 🎉')).to.equal('low');
    expect(level('I used to self harm a lot. Therapy helped. Now my urges are back under control.')).to.equal('low');
  });
});

describe('crisis language: Sheng "thoughts zimerudi" and "mpaka leo nawaza hivyo" keep a past current (session 45)', () => {
  it('reads the thoughts back or the feeling going on until today after a past', () => {
    expectLevels({
      'zamani nilikuwa nataka kujiua sasa hizo thoughts zimerudi': 'high',
      'mi nilikuwa nadai kujiua zamani na sai hizo thoughts zimerudi msee nadai kujimaliza': 'high',
      'nilitaka kufa nikiwa mdogo. mpaka leo nawaza hivyo': 'medium',
      'nilitaka kujiua miaka iliyopita. hadi sasa najisikia hivyo': 'high',
      'Nilijaribu kujiua miaka mitano iliyopita. Hayo mawazo hayajawahi kuisha.': 'critical',
      'zamani nilikuwa nataka kufa baada ya mume wangu kuniacha na hayo mawazo hayajawahi kuondoka nimekuwa nikiyaficha tu':
        'high',
    });
  });

  it('keeps a cue said with "siku hizi", "kesho" or a negative future current beside an old wish (red team 200)', () => {
    expectLevels({
      'zamani nilikuwa nataka kufa na sasa nimechoka kabisa na maisha kesho sitakuwepo': 'high',
      'zamani nilikuwa nataka kufa na siku hizi namuomba mungu anichukue tu usingizini': 'medium',
    });
  });

  it('leaves a past told as over where it was', () => {
    expectLevels({
      'zamani nilikuwa nataka kujiua lakini sasa niko sawa': 'low',
      'zamani nilitaka kufa, siku hizi niko poa': 'low',
      'years ago i wanted to die but tomorrow is my wedding': 'low',
      'nilijaribu kujiua mwaka jana lakini sasa niko poa': 'critical', // "mwaka jana" keeps a Swahili act current (reviews 5, 142)
    });
  });
});
