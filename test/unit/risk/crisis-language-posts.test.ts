import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const level = (text: string) => combine(crisisLanguageFactors(text)).level;

// Forum-like posts a second blind probe set (PROBES.md) showed misread, each beside a near miss that must stay quiet.
describe('crisis language: forum-like posts found by the second blind probe set', () => {
  it('reads a recent attempt told casually as behaviour, and one counted in years as history', () => {
    expect(level('so i tried to end it last saturday. woke up in hospital')).to.equal('critical');
    expect(level('the psych ward discharged me on monday after my attempt')).to.equal('critical');
    expect(level("It's been nineteen days since my attempt. I haven't called the number.")).to.equal('critical');
    expect(level('I was doing really well for a year, then two weeks ago I made another attempt.')).to.equal(
      'critical',
    );
    expect(level('My friend found me on Friday before I could finish.')).to.equal('critical');
    expect(level('Hurt myself again on Tuesday after being clean for six months.')).to.equal('critical');
    expect(level('Celebrating 3 years since my last suicide attempt today!')).to.equal('low');
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

  it('reads someone else’s quoted words, a question answered no and hyperbole as no alarm', () => {
    expect(level("A guy in my gaming group typed 'im going to end it tonight' and then logged off.")).to.equal('low');
    expect(level("yesterday my dad said 'I think about killing myself every day'.")).to.equal('low');
    expect(level("My GP asked if I'd had any thoughts of ending my life and I honestly said no.")).to.equal('low');
    expect(level('the doctor asked if i think about suicide and i said no but i do')).to.equal('high');
    expect(level('to be clear i have zero thoughts of suicide')).to.equal('low');
    expect(level("Suicide has never been on the table for me and it isn't now.")).to.equal('low');
    expect(level("I'm so embarrassed I could die.")).to.equal('low');
    expect(level('i wish i could die')).to.equal('medium');
    expect(level('I’m so embarrassed I could crawl into a hole and die.')).to.equal('low');
    expect(level('I wish I could crawl into a hole and die.')).to.equal('medium');
    expect(level('long story short ill probably kms today')).to.equal('high');
  });

  it('places the past in seasons, degrees, decades of life and first years', () => {
    // "during my PhD" may be now: followed up (medium), not called history.
    expect(level('I had suicidal thoughts during my PhD and took a leave of absence.')).to.equal('medium');
    expect(level('i had a really bad patch last winter where i wanted to be dead. it lifted around april')).to.equal(
      'low',
    );
    expect(level("I spent most of my 20s convinced I'd be better off dead. I'm 38 now.")).to.equal('low');
    expect(level("My first year of uni I genuinely wished I wouldn't wake up most mornings.")).to.equal('low');
    expect(level('I self harmed on and off from 15 to 19. The scars have faded.')).to.equal('low');
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
    expect(level('heavy stress from my school is blocking my way out and i feel hopeless')).to.equal('low');
    expect(level('it feels like death to me')).to.equal('low');
    expect(level('I just want to lay in bed and vanish from the world for the whole day.')).to.equal('low');
  });
});
