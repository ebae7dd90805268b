import { expect } from 'chai';
import request from 'supertest';
import { PROCESSORS } from '../../../processors/registry.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import { FakeOpenAIChat, type ChatMode } from './fake-openai-chat.js';

// The emotion stage end to end (API → BullMQ → real stages → GET), found by a review: nothing a person says fails it,
// and a provider's empty or odd 200 answer falls back to the lexicons. An attempt that errors counts as the failure
// here, to fail fast: its retries would fail the same way.

const stages = () => [...PROCESSORS];

async function submitAndSettle(engine: Engine, auth: string, transcript: string) {
  const res = await request(engine.app)
    .post('/v1/analyses')
    .set('Authorization', auth)
    .field('transcript', transcript)
    .expect(202);
  return waitUntil(
    async () => {
      const a = (await request(engine.app).get(`/v1/analyses/${res.body.id}`).set('Authorization', auth).expect(200))
        .body;
      const ended = !['queued', 'processing'].includes(a.status);
      return ended || a.stages?.emotion?.error ? a : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100, what: 'the analysis to end or its emotion stage to fail' },
  );
}

describe('emotion stage: odd words end to end with the local lexicons', function () {
  this.timeout(90_000);
  let engine: Engine;
  let auth: string;
  before(async () => {
    engine = await startEngine('redis', stages());
    auth = (await registerUser(engine.app)).auth;
  });
  after(() => engine.stop());

  it('completes an analysis whose transcript contains the word "constructor"', async () => {
    const a = await submitAndSettle(engine, auth, 'the constructor I work for has not paid me, I am very sad');
    expect(a.stages.emotion.error, JSON.stringify(a.stages.emotion)).to.equal(undefined);
    expect(a.status, JSON.stringify(a.error)).to.equal('completed');
    expect(a.result.emotion.text).to.include({ provider: 'lexicon', label: 'sad' });
  });
});

describe('emotion stage: odd provider answers and redaction end to end (OpenAI faked on loopback)', function () {
  this.timeout(90_000);
  const fake = new FakeOpenAIChat();
  let engine: Engine;
  let auth: string;
  before(async () => {
    await fake.start();
    engine = await startEngine('redis', stages(), {
      STT_PROVIDER: 'none',
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_TEXT_MODEL: 'gpt-test-mini',
      OPENAI_TIMEOUT_MS: '4000',
      REPLY_PROVIDER: 'template',
      MODERATION_PROVIDER: 'none',
    });
    auth = (await registerUser(engine.app)).auth;
  });
  beforeEach(() => {
    fake.script = [];
    fake.requests.length = 0;
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });

  for (const [mode, what] of [
    ['empty_body', 'an empty body'],
    ['no_choices', 'a {} body'],
  ] as Array<[ChatMode, string]>) {
    it(`falls back to the lexicons with the reason when the provider answers 200 with ${what}`, async () => {
      fake.script = [mode];
      const a = await submitAndSettle(engine, auth, 'I am not happy at all');
      expect(a.stages.emotion.error, JSON.stringify(a.stages.emotion)).to.equal(undefined);
      expect(a.status, JSON.stringify(a.error)).to.equal('completed');
      expect(a.result.emotion.text).to.include({ provider: 'lexicon' });
      expect(a.result.emotion.reasons.text).to.match(/^openai: /);
    });
  }

  it('does not send a surname after a title and an initial to the provider', async () => {
    const a = await submitAndSettle(engine, auth, 'Dr. J. Mwangi said I should rest, I feel so sad');
    expect(a.status, JSON.stringify(a.error)).to.equal('completed');
    const sent = fake.requests.map((r) => r.userText).filter((t) => t.includes('should rest'));
    expect(sent).to.have.length(1);
    expect(sent[0]).to.not.match(/Mwangi/);
  });
});
