import { expect } from 'chai';
import type http from 'node:http';
import request from 'supertest';
import { PROCESSORS } from '../../../processors/registry.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { json, LoopbackFake } from '../../setup/loopback-fake.js';
import { waitUntil } from '../../setup/wait.js';

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

type Mode = 'ok' | 'empty' | 'object';

/** An OpenAI-compatible chat endpoint on loopback; records what each request carried. */
class ChatFake extends LoopbackFake {
  mode: Mode = 'ok';
  readonly userTexts: string[] = [];
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const user = (body.messages as Array<{ role: string; content: string }>).find((m) => m.role === 'user');
    this.userTexts.push(user?.content ?? '');
    if (this.mode === 'empty') return void res.writeHead(200, { 'Content-Length': '0' }).end();
    if (this.mode === 'object') return json(res, 200, {});
    const answer = {
      categories: { neutral: 0.1, happy: 0.05, sad: 0.7, angry: 0.05, fear: 0.05, surprise: 0.025, disgust: 0.025 },
      valence: -0.6,
      language: 'en',
    };
    return json(res, 200, {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 0,
      model: 'fake',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: JSON.stringify(answer), refusal: null },
        },
      ],
    });
  }
}

describe('emotion stage: odd provider answers and redaction end to end (OpenAI faked on loopback)', function () {
  this.timeout(90_000);
  const fake = new ChatFake();
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
    fake.mode = 'ok';
    fake.userTexts.length = 0;
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });

  for (const mode of ['empty', 'object'] as Mode[]) {
    it(`falls back to the lexicons with the reason when the provider answers 200 with an ${mode} body`, async () => {
      fake.mode = mode;
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
    const sent = fake.userTexts.filter((t) => t.includes('should rest'));
    expect(sent).to.have.length(1);
    expect(sent[0]).to.not.match(/Mwangi/);
  });
});
