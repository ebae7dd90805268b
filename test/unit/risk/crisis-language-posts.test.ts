import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Forum-like posts a second blind probe set (PROBES.md) showed misread, each beside a near miss that must stay quiet.
describe('crisis language: forum-like posts found by the second blind probe set', () => {
  it('reads a recent attempt told casually as behaviour', () => {
    expect(level('so i tried to end it last saturday. woke up in hospital')).to.equal('critical');
    expect(level('the psych ward discharged me on monday after my attempt')).to.equal('critical');
    expect(level("It's been nineteen days since my attempt. I haven't called the number.")).to.equal('critical');
    expect(level('I was doing really well for a year, then two weeks ago I made another attempt.')).to.equal(
      'critical',
    );
    expect(level('My friend found me on Friday before I could finish.')).to.equal('critical');
    expect(level('Hurt myself again on Tuesday after being clean for six months.')).to.equal('critical');
    expect(level('my attempt at baking bread failed again')).to.equal('low');
  });

  it('reads plans told plainly as plans', () => {
    expect(level('i know how and i know when. i just havent told anyone')).to.equal('critical');
    expect(level("I've picked a date and worked out where I'll go so nobody I love finds me.")).to.equal('critical');
    expect(level("I've been giving my stuff away. It feels calmer knowing I won't need any of it soon.")).to.equal(
      'critical',
    );
    expect(level('my plan is to do it on my birthday')).to.equal('critical');
    expect(level("I'm not going to be here by the end of the month.")).to.equal('high');
    expect(level("tonight's the night. i just wanted to say it somewhere")).to.equal('critical');
  });

  it('reads wishes said sideways as passive, and thoughts that came back as active', () => {
    expect(level('I go to bed every night hoping I just won’t be here in the morning.')).to.equal('medium');
    expect(level('sometimes i hope something just happens to me on the way to work')).to.equal('medium');
    expect(level('Is it normal to feel relief when you think about dying?')).to.equal('medium');
    expect(level('I just really wish I could stop being alive for a while, or forever')).to.equal('medium');
    expect(level('if i got sick and died i think id just let it happen')).to.equal('medium');
    expect(level('lately I’ve been lying awake hoping my heart just stops in the night')).to.equal('medium');
    expect(level("when I blew out the candles I wished I wouldn't make it to the next one")).to.equal('medium');
    expect(level("The thoughts about ending my life came back this month and they're louder.")).to.equal('high');
  });

  it('keeps an answer taken back, and a wish to die beside an idiom, as risk', () => {
    expect(level('the doctor asked if i think about suicide and i said no but i do')).to.equal('high');
    expect(level('i wish i could die')).to.equal('medium');
    expect(level('I wish I could crawl into a hole and die.')).to.equal('medium');
    // Killing oneself with a time right after it is a plan (2026-12-01, eighth session; high before).
    expect(level('long story short ill probably kms today')).to.equal('critical');
  });

  it('follows up thoughts told in the past with no time', () => {
    // "during my PhD" may be now: followed up (medium), not called history.
    expect(level('I had suicidal thoughts during my PhD and took a leave of absence.')).to.equal('medium');
  });

  it('reads the slang and sideways forms of train6', () => {
    expect(level('i just need to hang up the towel & finally off myself')).to.equal('high');
    expect(level("I'm really close to unaliving myself right now")).to.equal('critical');
    expect(level('It makes me feel Like I can’t go on any longer.')).to.equal('medium');
    expect(level('The only thing I look forward to is death.')).to.equal('medium');
    expect(level("It's hopeless. The only thing you look forwards to is death.")).to.equal('medium');
    expect(level('the only reason I haven’t killed myself yet is because of my cat')).to.equal('high');
    expect(level('i think i’ll end up ending it, some time in the near future')).to.equal('critical');
    expect(level('I just feel like I should vanish and never come back because no one would miss me')).to.equal(
      'medium',
    );
  });
});
