import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { envSchema } from '../../../lib/config.js';
import { moderationDeadline, riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { providerUnavailable, registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse } from '../transcription/engine-helpers.js';
import { FakeOpenAIModeration } from './fake-openai-moderation.js';

// The moderation layer of the risk stage against a fake OpenAI on loopback, through the real SDK.

describe('the risk stage with OpenAI moderation', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  const fake = new FakeOpenAIModeration();
  before(async () => {
    await fake.start();
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage], {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseUrl,
      TEXT_EMOTION_PROVIDER: 'lexicon',
      STT_PROVIDER: 'none',
      // The moderation deadline is the shorter of this and MODERATION_DEADLINE_MS: a hanging fake costs a second.
      OPENAI_TIMEOUT_MS: '1000',
    });
    ({ auth } = await registerUser(engine.app));
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });
  const risk = async (transcript: string) => {
    const done = await analyse(engine, auth, { fields: { transcript } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    return done.result.risk;
  };

  it('raises the risk from the self-harm intent score on words the local rules miss, sent redacted', async () => {
    fake.scores = { 'self-harm': 0.1, 'self-harm/intent': 0.92, 'self-harm/instructions': 0.05 };
    const r = await risk('everything will be quiet soon, call me on 0712 345 678');
    expect(r.level).to.equal('high');
    expect(r.factors.filter((f: { layer: string }) => f.layer === 'moderation')).to.deep.equal([
      { layer: 'moderation', code: 'self_harm_intent', weight: 0.828 },
    ]);
    expect(fake.inputs.at(-1)).to.not.include('0712');
  });

  it('never lowers what the local rules found when moderation scores low', async () => {
    fake.scores = { 'self-harm': 0.01, 'self-harm/intent': 0.01, 'self-harm/instructions': 0 };
    expect((await risk('nimepanga kujiua kesho')).level).to.equal('critical');
  });

  it('grades with the local layers, and says so, when moderation fails', async () => {
    fake.script = ['server_error'];
    const r = await risk('nataka kufa');
    expect(r).to.include({ level: 'medium', tier: 'passive' });
    expect(r.reason).to.match(/^moderation: provider answered HTTP 500/);
  });

  it('counts a refused key for operators and grades with the local layers', async () => {
    const refused = () => providerUnavailable(engine, 'risk');
    const before = await refused();
    fake.script = ['unauthorized'];
    const r = await risk('nataka kufa');
    expect(r).to.include({ level: 'medium', tier: 'passive' });
    expect(r.reason).to.match(/^moderation: provider answered HTTP 401/);
    expect(await refused()).to.equal(before + 1);
  });

  it('grades with the local layers at once on a 429, and says so: a crisis never waits on moderation', async () => {
    fake.script = ['rate_limited'];
    const r = await risk('nimepanga kujiua kesho');
    expect(r).to.include({ level: 'critical', tier: 'plan' });
    expect(r.reason).to.equal('moderation: provider rate limited; graded by the local layers');
  });

  it('gives moderation, on the default settings, a deadline far inside the stage’s own timeout', () => {
    const timeoutMs = envSchema.parse({}).OPENAI_TIMEOUT_MS;
    expect(moderationDeadline({ timeoutMs })).to.be.at.most(riskStage.timeoutMs / 4);
  });

  it('grades with the local layers when moderation does not answer within its deadline', async () => {
    fake.script = ['hang'];
    const r = await risk('nimepanga kujiua kesho');
    expect(r).to.include({ level: 'critical', tier: 'plan' });
    expect(r.reason).to.match(/^moderation: no answer within 1000 ms; graded by the local layers$/);
  });

  it('reads a 200 answer without the self-harm scores, or with them null, as no grade, not as nothing found', async () => {
    for (const mode of ['no_scores', 'null_scores'] as const) {
      fake.script = [mode];
      const r = await risk('sijisikii vizuri leo');
      expect(r.reason, mode).to.equal('moderation: malformed answer; graded by the local layers');
    }
  });
});
