import { expect } from 'chai';
import { combine } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors, detectCrisisLanguage } from '../../../processors/risk/language/index.js';

const tier = (text: string) => detectCrisisLanguage(text).tier;
const level = (text: string) => combine(crisisLanguageFactors(text)).level;
const codes = (text: string) => detectCrisisLanguage(text).factors.map((f) => f.code);

describe('crisis language in English, Swahili and Sheng', () => {
  it('reads negation both ways: not wanting to die is not ideation, not wanting to live is', () => {
    expect(tier("I don't want to die")).to.equal('none');
    expect(codes("I don't want to die")).to.deep.equal(['negated']);
    expect(tier('sitaki kufa')).to.equal('none');
    expect(tier('i dont want to live anymore')).to.equal('passive');
    expect(tier('sitaki kuishi tena')).to.equal('passive');
  });

  it('lets no negator reach past a new first-person verb: siwezi tena nimeamua kujiua, i cant i just want to die', () => {
    expect(tier('siwezi tena nimeamua kujiua')).to.equal('plan');
    expect(tier('siwezi nataka kujiua')).to.equal('active');
    expect(tier('hapana nataka kufa')).to.equal('passive');
    expect(tier('i cant i just want to kill myself')).to.equal('active');
    expect(tier('i dont think i want to die')).to.equal('none');
  });

  it("grades a denial that still names a time as a plan: I'm not going to kill myself today, probably next week", () => {
    expect(tier("I'm not going to kill myself today, probably next week")).to.equal('plan');
    expect(level('im not going to kill myself today probably next week')).to.equal('critical');
  });

  it('grades the tiers: passive wish, active thoughts, plan with intent or timing, recent behaviour', () => {
    expect(tier('i wish i could just not wake up')).to.equal('passive');
    expect(tier('nataka kufa tu')).to.equal('passive');
    expect(tier('i keep thinking about killing myself')).to.equal('active');
    expect(tier('nawaza kujiua kila siku')).to.equal('active');
    expect(tier('i am going to kill myself')).to.equal('plan');
    expect(tier('nitajiua kesho')).to.equal('plan');
    expect(tier('i tried to kill myself last night')).to.equal('behaviour');
    expect(tier('nilijaribu kujiua jana')).to.equal('behaviour');
  });

  it('knows the common wordings of a wish to be dead and of preparations', () => {
    expect(tier("what's the point of living")).to.equal('passive');
    expect(tier('i wish i had never been born')).to.equal('passive');
    expect(tier('nimechoka na maisha')).to.equal('passive');
    expect(tier('i gave away all my things and said my goodbyes')).to.equal('plan');
    expect(tier('nimegawa vitu vyangu naaga kila mtu')).to.equal('plan');
  });

  it('sets the level floor of each tier: passive medium, active high, plan and behaviour critical', () => {
    expect(level('i want to die')).to.equal('medium');
    expect(level('nataka kujiua')).to.equal('high');
    expect(level('nimepanga kujiua wiki ijayo')).to.equal('critical');
    expect(level('i cut myself again')).to.equal('critical');
  });

  it('keeps idioms, hyperbole and laughter out: killing it, I am dead 😂, nakufa na njaa', () => {
    for (const text of ['killing it at work today', "I'm dead 😂", 'nakufa na njaa', 'dying to see the new film'])
      expect(level(text), text).to.equal('low');
  });

  it('records a report about someone else as third_party, not as the speaker’s risk', () => {
    for (const text of [
      'my friend wants to kill himself',
      'rafiki yangu anataka kujiua',
      'my sister said she wants to die',
    ]) {
      expect(tier(text), text).to.equal('none');
      expect(codes(text), text).to.include('third_party');
      expect(level(text), text).to.equal('low');
    }
    expect(tier('I told my friend I want to die')).to.equal('passive');
  });

  it('keeps someone named as an object from taking over the speaker’s own words', () => {
    expect(tier('i told my mom about wanting to kill myself')).to.equal('active');
    expect(tier('i was talking to my friend about wanting to die')).to.equal('passive');
    expect(tier('i feel like a burden to my family and want to die')).to.equal('passive');
    expect(tier('i have written letters to my kids for after i am gone')).to.equal('plan');
    expect(codes('i am worried about my friend wanting to die')).to.deep.equal(['third_party']);
    expect(codes('Both of my parents committed suicide together')).to.deep.equal(['third_party']);
  });

  it('keeps current ideation current when it says "anymore" or names something recent beside the past', () => {
    expect(tier('i no longer want to live')).to.equal('passive');
    expect(tier("i don't want to be alive anymore")).to.equal('passive');
    expect(tier('i tried to kill myself years ago and again last night')).to.equal('behaviour');
  });

  it('records ideation described as over as history, and advice to others as advice', () => {
    expect(codes('I used to want to die, now I am much better')).to.deep.equal(['history']);
    expect(level('zamani nilitaka kufa lakini sasa niko sawa')).to.equal('low');
    expect(level("please don't kill yourself")).to.equal('low');
    expect(level('usijiue rafiki')).to.equal('low');
  });

  it('grades cultural distress as signals that raise the score without raising an alarm alone', () => {
    const r = combine(crisisLanguageFactors('nimechoka sana, sina matumaini, sina sababu ya kuishi'));
    expect(r.tier).to.equal('none');
    expect(r.score).to.be.above(combine(crisisLanguageFactors('nimechoka sana')).score);
    expect(r.level).to.not.be.oneOf(['high', 'critical']);
  });

  it('reads "sina haja ya kuishi" (no need to live) as the same distress signal as "sina sababu ya kuishi"', () => {
    const codesOf = (t: string) => crisisLanguageFactors(t).map((f) => f.code);
    expect(codesOf('sina haja ya kuishi')).to.deep.equal(['distress_no_reason_to_live']);
    expect(level('sina haja ya kuishi')).to.equal('low');
  });

  it('lets no learned reading raise the named distress phrases said alone, but does beside other words', () => {
    for (const text of ['sina sababu ya kuishi', 'Sina sababu ya kuishi.', 'nimechoka sana, sina matumaini'])
      expect(level(text), text).to.equal('low');
    expect(level('sina sababu ya kuishi nataka kufa')).to.not.equal('low');
    // "… tena" (anymore) is a probe's crisis the learned readings follow up (the sixth warning reading: high).
    expect(level('sina sababu ya kuishi tena')).to.equal('high');
  });

  it('catches a wording no cue names by its words about killing oneself or dying, with the same exceptions', () => {
    expect(tier('lately suicide feels like my only way out')).to.equal('active');
    expect(tier('suicide is a traumatic loss for families')).to.equal('none');
    expect(tier('i attempted suicide on friday')).to.equal('behaviour');
    expect(tier('sometimes death seems like a relief to me')).to.equal('passive');
    for (const text of [
      'i was bored to death',
      'call a suicide prevention line',
      'my parents committed suicide',
      'i am scared of dying',
    ])
      expect(level(text), text).to.equal('low');
  });

  it('shows only the short clause that triggered a factor, never the whole text', () => {
    const text = `${'Leo nilienda sokoni na nikanunua matunda mengi sana. '.repeat(5)}Nataka kujiua.`;
    const f = detectCrisisLanguage(text).factors.find((x) => x.code === 'ideation_active')!;
    expect(f.span).to.equal('Nataka kujiua');
  });
});
