import { expect } from 'chai';
import { detectCrisisLanguage } from '../../../processors/risk/language/index.js';

const tier = (text: string) => detectCrisisLanguage(text).tier;
const codes = (text: string) => detectCrisisLanguage(text).factors.map((f) => f.code);

describe('crisis language: when an exception applies and when it does not', () => {
  it('keeps the wish that still stands when another in the same clause is denied', () => {
    expect(tier("I don't want to die I just want to cease to exist")).to.equal('passive');
  });

  it('lets a cue fall with the larger cue it sits in when that one is denied', () => {
    expect(tier('Sina mawazo ya kujiua')).to.equal('none');
    expect(tier('I believe in God and I don’t plan on committing suicide')).to.equal('none');
  });

  it('reads a service’s name as no cue, but the speaker’s words beside it still count', () => {
    expect(tier('I called the suicide prevention hotline for my cousin')).to.equal('none');
    expect(
      tier('Called the suicide prevention hotline for the first time ever I actually felt suicidal today'),
    ).to.equal('active');
  });

  it('does not take someone telling the speaker to die for the speaker’s own wish', () => {
    expect(codes('my dad used to tell me to go kill myself')).to.include('quote');
    expect(tier('my dad used to tell me to go kill myself')).to.equal('none');
  });

  it('hears "my" as the speaker whoever the last subject was', () => {
    expect(tier('I have told her about my suicidal thoughts')).to.equal('active');
    expect(tier('i now have survived a suicide attempt')).to.equal('behaviour');
  });

  it('keeps an attempt told with a laugh, and a laugh still spares a wish', () => {
    expect(tier('i even failed at killing myself about an hour ago lol')).to.equal('behaviour');
    expect(tier('i want to die lol this homework')).to.equal('none');
  });

  it('lets a negation reach across "or" and an intensifier', () => {
    expect(tier('Currently I am not super depressed or suicidal')).to.equal('none');
  });
});
