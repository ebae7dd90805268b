import { expect } from 'chai';
import { completion, RawFakeOpenAI, riskAt, runReply, sadEmotion } from './stage-harness.js';

// The reply stage (processors/reply/stage.ts) run with a hand-made context against a raw OpenAI fake on loopback:
// what it does with missing inputs and with what a model answers (found by a review).

describe('the reply stage against provider answers and missing inputs', function () {
  this.timeout(30_000);
  const fake = new RawFakeOpenAI();
  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => {
    fake.answer = {
      body: completion({ content: 'Thank you for sharing how you feel. I am glad you checked in today.' }),
    };
  });

  const sad = { transcript: 'I feel so sad and lonely today', emotion: sadEmotion('en'), risk: riskAt('low') };

  // --- crisis path -----------------------------------------------------------------------------------------------
  it('does not ask the model when there is no risk result (risk unknown must not mean risk low)', async () => {
    const before = fake.requests.length;
    const { reply, requests } = await runReply(fake, {
      transcript: 'I want to end my life, I have decided',
      emotion: sadEmotion('en'),
      risk: undefined,
    });
    expect(requests - before, 'requests to the model').to.equal(0);
    expect(reply.provider).to.equal('template');
  });

  // --- provider answers that must fall back to a template, never fail the stage ---------------------------------
  it('falls back to a template when the model’s content is an array of parts (OpenAI-compatible servers)', async () => {
    fake.answer = { body: completion({ content: [{ type: 'text', text: 'Thank you for sharing.' }] }) };
    const { reply } = await runReply(fake, sad);
    expect(reply).to.include({ provider: 'template', kind: 'empathetic' });
  });

  it('falls back to a template when the model’s content is not a string', async () => {
    fake.answer = { body: completion({ content: 42 }) };
    const { reply } = await runReply(fake, sad);
    expect(reply).to.include({ provider: 'template' });
  });

  it('falls back to a template when the model’s reply carries a NUL character', async () => {
    fake.answer = { body: completion({ content: 'Thank you for sharing how you feel.\u0000 I am here for you.' }) };
    const { reply } = await runReply(fake, sad);
    expect(reply.text).to.not.include('\u0000');
  });

  // --- what the model writes --------------------------------------------------------------------------------------
  it('does not use a model reply that gives a phone number not in the configured crisis resources', async () => {
    // Medium risk: the model is asked and told to encourage seeking help; it invents a helpline (fictional number).
    fake.answer = {
      body: completion({
        content:
          'I am really sorry you feel this way. Please call the national suicide helpline on 0800 123 999 today, they can help.',
      }),
    };
    const { reply } = await runReply(fake, { ...sad, risk: riskAt('medium') });
    expect(reply.text).to.not.include('0800 123 999');
  });

  it('does not use a model reply in French for an English check-in', async () => {
    fake.answer = {
      body: completion({ content: 'Merci de partager ce que vous ressentez. Je suis là pour vous écouter.' }),
    };
    const { reply } = await runReply(fake, sad);
    expect(reply).to.include({ provider: 'template', language: 'en' });
  });

  it('does not use a model reply in a script the language check cannot read for a Swahili check-in', async () => {
    fake.answer = { body: completion({ content: 'ありがとう。あなたの気持ちを話してくれて。' }) };
    const { reply } = await runReply(fake, {
      ...sad,
      transcript: 'leo najisikia huzuni sana',
      emotion: sadEmotion('sw'),
    });
    expect(reply).to.include({ provider: 'template', language: 'sw' });
  });

  it('does not show the person a redaction placeholder the model repeated', async () => {
    fake.answer = { body: completion({ content: 'Thank you [name], I hear that today was hard. I am here for you.' }) };
    const { reply } = await runReply(fake, { ...sad, transcript: 'My name is Amina and I feel so sad today' });
    expect(reply.text).to.not.match(/\[(?:name|phone|email|id|number|handle|passport)\]/);
  });

  describe('provider failures', () => {
    const cases: Array<[string, () => void]> = [
      ['an empty 200 body', () => (fake.answer = { body: '' })],
      ['`{}`', () => (fake.answer = { body: '{}' })],
      ['HTML', () => (fake.answer = { headers: { 'Content-Type': 'text/html' }, body: '<html>bad gateway</html>' })],
      ['a hang after headers', () => (fake.answer = { hangAfterHeaders: true })],
      [
        'a 429',
        () => (fake.answer = { status: 429, body: '{"error":{"message":"slow down","code":"rate_limit_exceeded"}}' }),
      ],
      ['a 503', () => (fake.answer = { status: 503, body: '{"error":{"message":"down"}}' })],
      ['a refusal', () => (fake.answer = { body: completion({ content: null, refusal: 'I cannot help with that.' }) })],
      ['a content filter stop', () => (fake.answer = { body: completion({ content: 'x' }, 'content_filter') })],
    ];
    for (const [what, arrange] of cases)
      it(`answers ${what} with a template`, async () => {
        arrange();
        const { reply } = await runReply(fake, sad);
        expect(reply).to.include({ provider: 'template', language: 'en', kind: 'empathetic' });
      });

    it('never asks the model at high risk, and lists the resources', async () => {
      const before = fake.requests.length;
      const risk = { ...riskAt('high'), resources: [{ name: 'Line', phone: '1199', country: 'KE' }] };
      const { reply, requests } = await runReply(fake, { ...sad, risk });
      expect(requests - before).to.equal(0);
      expect(reply).to.include({ kind: 'crisis', provider: 'template' });
      expect(reply.text).to.include('1199');
    });

    it('a crisis with no resources configured still says where to go', async () => {
      const { reply } = await runReply(fake, { ...sad, risk: { ...riskAt('critical'), resources: [] } });
      expect(reply.text).to.include('nearest health facility');
      expect(reply.text).to.not.include('{resources}');
    });

    it('sends only redacted words to the provider', async () => {
      const before = fake.requests.length;
      await runReply(fake, { ...sad, transcript: 'I feel sad. My name is Amina Otieno, call me on 0712 345 678' });
      const sent = JSON.stringify(fake.requests.slice(before));
      expect(sent).to.not.include('0712');
      expect(sent).to.not.include('Amina');
    });
  });
});
