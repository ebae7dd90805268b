import { expect } from 'chai';
import { MAX_MODEL_REPLY_CHARS, unusableReason } from '../../../processors/reply/model-check.js';

// Whether a model's reply may be used (processors/reply/model-check.ts); each refusal names its reason.

const reply = (text: string, extra: { refused?: boolean; truncated?: boolean } = {}) => ({
  text,
  refused: false,
  truncated: false,
  ...extra,
});

describe('checking a model reply before use', () => {
  it('accepts a short reply in the person’s language', () => {
    expect(unusableReason(reply('Thank you for sharing this with me today. I am here for you.'), 'en')).to.equal(
      undefined,
    );
    expect(unusableReason(reply('Asante kwa kunieleza hisia zako leo, niko hapa kwa ajili yako.'), 'sw')).to.equal(
      undefined,
    );
  });

  it('refuses an empty reply', () => {
    expect(unusableReason(reply(''), 'en')).to.equal('the model gave an empty reply');
  });

  it('refuses a reply that is too long or was cut off', () => {
    expect(unusableReason(reply('I hear you. '.repeat(MAX_MODEL_REPLY_CHARS / 10)), 'en')).to.equal(
      'the model reply was too long',
    );
    expect(unusableReason(reply('I hear you and', { truncated: true }), 'en')).to.equal('the model reply was too long');
  });

  it('refuses a reply in the wrong language', () => {
    expect(unusableReason(reply('Asante kwa kunieleza hisia zako leo, niko hapa kwa ajili yako.'), 'en')).to.match(
      /^the model replied in sw, not en$/,
    );
    expect(unusableReason(reply('Thank you for telling me how you feel today, I am here.'), 'sw')).to.match(/not sw$/);
  });

  it('refuses a refusal, flagged or in its words', () => {
    expect(unusableReason(reply('', { refused: true }), 'en')).to.equal('the model refused');
    expect(unusableReason(reply("I'm sorry, but I can't help with that."), 'en')).to.equal('the model refused');
  });
});
