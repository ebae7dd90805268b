import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Session 35 (RULES.md, "A time that dates another event"): a past time named in any sentence ("last year i lost my
// job.") dated every past-tense crisis of the check-in, so an attempt told beside it read as history, low.
describe('crisis language: a time named in another sentence, and a day said at the crisis', () => {
  it('follows up a past crisis beside another sentence that names a time, as it may date another event', () => {
    expect(level('last year i lost my job. i tried to kill myself')).to.equal('medium');
    expect(
      level('Years ago I went through a very dark time. I tried to kill myself. I got help and life is good.'),
    ).to.equal('medium');
    expect(level('I quit my job years ago. I was suicidal.')).to.equal('medium');
    expect(level('I tried to kill myself. My husband left me last year.')).to.equal('medium');
  });

  it('still reads a crisis as history when its own sentence or a later one dates it', () => {
    expect(level('last year i tried to kill myself but now i am doing well')).to.equal('low');
    expect(level('I tried to end my life when I was nineteen. That was eight years ago.')).to.equal('low');
    expect(level('i tried to kill myself in form four. i have been healing since then and i am stable')).to.equal(
      'low',
    );
  });

  it('keeps a past act current when a recent day is said right at it, in English and Swahili', () => {
    expect(level('my son finished school last year. i tried to kill myself on saturday')).to.equal('critical');
    expect(level('A year ago my girlfriend dumped me. I tried to kill myself on Saturday.')).to.equal('critical');
    expect(level('Last year I lost my baby. Two nights ago I tried to kill myself.')).to.equal('critical');
    expect(level('In my final year my sponsor withdrew. Ijumaa nilijaribu kujiua.')).to.equal('critical');
  });

  it("lets a date in the crisis's own sentence outweigh a day at it", () => {
    expect(level('when i was 19 i tried to kill myself at the weekend and spent two weeks in hospital')).to.equal(
      'low',
    );
    expect(
      level('I was 16. On Saturday I tried to kill myself. That was 20 years ago and I am doing well now.'),
    ).to.equal('low');
  });

  it('reads a day at the crisis as its date in run-on speech when the time dates another event joined before it', () => {
    expect(level('i lost my job a year ago and i tried to kill myself over the weekend')).to.equal('critical');
    expect(level('my husband left me last year and on sunday i tried to kill myself')).to.equal('critical');
    expect(level('miaka mitano iliyopita nilipoteza mtoto na jumamosi nilijaribu kujiua')).to.equal('critical');
    expect(level('ten years ago, on sunday i tried to kill myself and my brother found me')).to.equal('low');
    expect(level('years ago i lost my job and on saturday i shared how i tried to kill myself back then')).to.equal(
      'low',
    );
  });

  it('does not date a history by a day said of another doing, a habit or a day long ago', () => {
    expect(level('i tried to kill myself on a saturday two years ago but today i am in a good place')).to.equal('low');
    expect(level('i used to cut myself saturday is my wedding and i am so excited')).to.equal('low');
    expect(level('years ago i tried to kill myself and on saturday i told my story to the youth group')).to.equal(
      'low',
    );
    expect(level('used to self harm i cut loose this weekend and danced')).to.equal('low');
    expect(level('two years ago i tried to kill myself. on friday i will graduate and i am doing well now')).to.equal(
      'low',
    );
  });
});
