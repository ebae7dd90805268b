import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { replyStage } from '../../../processors/reply/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { providerUnavailable, registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';
import { FakeOpenAIReply } from './fake-openai-reply.js';

// The reply stage with OpenAI chat, against a fake OpenAI on loopback through the real SDK.

describe('the reply stage with OpenAI chat', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  const fake = new FakeOpenAIReply();
  before(async () => {
    await fake.start();
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage, replyStage], {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_REPLY_MODEL: 'reply-model-x',
      TEXT_EMOTION_PROVIDER: 'lexicon',
      MODERATION_PROVIDER: 'none',
      STT_PROVIDER: 'none',
    });
    ({ auth } = await registerUser(engine.app));
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });
  beforeEach(() => {
    fake.answer = 'Thank you for sharing how you feel. I am glad you checked in today.';
    fake.script = [];
  });
  const checkIn = async (transcript: string, extra: Record<string, string> = {}) => {
    const done = await analyse(engine, auth, { fields: { transcript, ...extra } });
    expect(done.status, JSON.stringify(done.error ?? done.stages)).to.equal('completed');
    return done;
  };
  const stored = (id: string) => engine.t.db('replies').where({ analysis_id: id }).first();

  it('uses the model’s reply, asked with the configured model on redacted words', async () => {
    // Two sentences: a request to call after one hand cue reads neutral to the text classifier (see issue 9's note).
    const done = await checkIn('I feel a bit low today. Please call me on 0712 345 678');
    expect(done.result.reply).to.deep.equal({
      text: fake.answer,
      language: 'en',
      kind: 'empathetic',
      provider: 'openai',
      moderated: false,
    });
    const sent = fake.requests.at(-1)!;
    expect(sent.model).to.equal('reply-model-x');
    expect(JSON.stringify(sent.messages)).to.not.include('0712');
  });

  it('sends the earlier turns of the same conversation with the new words', async () => {
    const first = await checkIn('work was really stressful this week');
    await checkIn('today I rested at home', { conversation_id: first.conversation_id });
    const messages = fake.requests.at(-1)!.messages;
    expect(messages.map((m) => m.role)).to.deep.equal(['system', 'user', 'assistant', 'user']);
    expect(messages[1]!.content).to.equal('work was really stressful this week');
    expect(messages[3]!.content).to.equal('today I rested at home');
  });

  it('replaces a reply that breaks the safety rules by a template and records which rule', async () => {
    fake.answer = 'You have depression, so take some sleeping pills and it stays between us.';
    const done = await checkIn('I cannot sleep and I feel sad all the time');
    expect(done.result.reply).to.include({ provider: 'template', moderated: true, kind: 'empathetic' });
    expect(done.result.reply.text).to.not.include('pills');
    const row = await stored(done.id);
    expect(row.moderation.checked).to.equal('openai');
    // "sleeping pills" is also read as means (method.squashed): more flags, never fewer.
    expect(row.moderation.flags.map((f: { category: string }) => f.category)).to.include.members([
      'diagnosis',
      'medication',
      'confidentiality',
    ]);
    expect(JSON.stringify(row.moderation)).to.not.include('pills');
  });

  const fallbacks: Array<[string, () => void, RegExp]> = [
    ['an empty reply', () => (fake.script = ['empty']), /empty/],
    ['a reply cut off at the token limit', () => (fake.script = ['cut_off']), /too long/],
    [
      'a reply in the wrong language',
      () => (fake.answer = 'Asante kwa kunieleza hisia zako leo, niko hapa.'),
      /replied in sw/,
    ],
    ['a refusal', () => (fake.script = ['refusal']), /refused/],
    ['a 200 answer without choices', () => (fake.script = ['no_choices']), /malformed/],
    ['a server error', () => (fake.script = ['server_error']), /HTTP 500/],
    ['a rate limit', () => (fake.script = ['rate_limited']), /rate limited/],
    ['a refused key', () => (fake.script = ['unauthorized']), /HTTP 401/],
  ];
  for (const [what, arrange, reason] of fallbacks) {
    it(`answers ${what} with a template and records why`, async () => {
      arrange();
      const done = await checkIn('I am tired and a little worried about my exams');
      expect(done.result.reply).to.include({ provider: 'template', language: 'en' });
      expect((await stored(done.id)).reason).to.match(reason);
    });
  }

  it('counts a refused key for operators, and not a model’s unusable reply', async () => {
    const refused = () => providerUnavailable(engine, 'reply');
    const before = await refused();
    fake.script = ['refusal'];
    await checkIn('I am tired and a little worried about my exams');
    expect(await refused()).to.equal(before);
    fake.script = ['unauthorized'];
    await checkIn('I am tired and a little worried about my exams');
    expect(await refused()).to.equal(before + 1);
  });

  it('never asks the model at high risk: the crisis template answers', async () => {
    const before = fake.requests.length;
    const done = await checkIn('I want to kill myself tonight');
    expect(done.result.reply).to.include({ kind: 'crisis', provider: 'template' });
    expect(fake.requests.length).to.equal(before);
  });
});
