import { expect } from 'chai';
import { PROCESSORS } from '../../../processors/registry.js';
import { providerUnavailable, registerUser, startEngine, type Engine } from '../../setup/engine.js';
import fs from 'node:fs';
import { analyse, reprocessed } from '../transcription/engine-helpers.js';
import { audioDir, silence, speech, synth, tone } from '../transcription/test-audio.js';
import { FakeOpenAIChat, type ChatMode } from './fake-openai-chat.js';

// The production stages: `resona reprocess` reads the production pipeline and enqueues every stage from the one
// named to its end.
const stages = () => [...PROCESSORS];

describe('the emotion stage with the local lexicons', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  let userId: string;
  before(async () => {
    engine = await startEngine('redis', stages());
    ({ auth, id: userId } = await registerUser(engine.app));
  });
  after(() => engine.stop());

  it('rates a text-only Swahili check-in with the lexicons and gives no voice, with the reason', async () => {
    const done = await analyse(engine, auth, { fields: { transcript: 'sina furaha kabisa leo nimechoka sana' } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    const { emotion } = done.result;
    expect(emotion.voice).to.equal(null);
    expect(emotion.reasons.voice).to.match(/no recording/);
    expect(emotion.text).to.include({ provider: 'lexicon' });
    expect(emotion.text.valence).to.be.below(0);
    expect(emotion.dissonance).to.include({ level: 'none', kind: null });
    expect(emotion.redacted).to.deep.equal([]);
  });

  it('scores a spoken check-in’s voice on the population basis, and its words with the client’s transcript', async () => {
    const words = 'Niko sawa tu. I am fine, just tired. Nimechoka sana leo lakini niko sawa, hakuna shida kabisa.';
    const audio = fs.readFileSync(speech(audioDir(), 'emotion-spoken.wav', `${words} ${words}`, { speed: 120 }));
    const done = await analyse(engine, auth, { audio, fields: { transcript: words } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    const { emotion } = done.result;
    expect(emotion.voice, emotion.reasons.voice).to.not.equal(null);
    expect(emotion.voice.basis).to.equal('population');
    const sum = Object.values(emotion.voice.categories as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).to.be.closeTo(1, 0.01);
    expect(emotion.text.provider).to.equal('lexicon');
  });

  it('gives no voice, with the reason, for a recording with too little voice to judge', async () => {
    const audio = fs.readFileSync(synth(audioDir(), 'emotion-short.wav', [silence(2), tone(1), silence(2)]));
    const done = await analyse(engine, auth, { audio, fields: { transcript: 'niko sawa' } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(done.result.emotion.voice).to.equal(null);
    expect(done.result.emotion.reasons.voice).to.be.a('string').that.is.not.equal('');
    expect(done.result.emotion.dissonance.level).to.equal('none');
  });

  it('replaces its one emotion_scores row when `resona reprocess --stage emotion` runs it again', async () => {
    const first = await analyse(engine, auth, { fields: { transcript: 'nimefurahi sana leo' } });
    await reprocessed(engine, 'emotion', userId, first.id);
    const rows = await engine.t.db('emotion_scores').where({ analysis_id: first.id });
    expect(rows).to.have.length(1);
    expect(rows[0].text.label).to.equal(first.result.emotion.text.label);
  });

  it('completes with text null and its reason when the check-in has no words', async () => {
    const audio = fs.readFileSync(synth(audioDir(), 'emotion-short.wav', [silence(2), tone(1), silence(2)]));
    const done = await analyse(engine, auth, { audio });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(done.result.emotion.text).to.equal(null);
    expect(done.result.emotion.reasons.text).to.be.a('string').that.is.not.equal('');
  });
});

describe('the emotion stage with OpenAI structured outputs against a fake server', function () {
  this.timeout(60_000);
  const fake = new FakeOpenAIChat();
  let engine: Engine;
  let auth: string;
  before(async () => {
    await fake.start();
    const env = {
      STT_PROVIDER: 'none',
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_TEXT_MODEL: 'gpt-test-mini',
      OPENAI_TIMEOUT_MS: '4000',
      // The fake answers text emotion only; replies come from the templates.
      REPLY_PROVIDER: 'template',
      MODERATION_PROVIDER: 'none',
      // One 429 may be waited out; a second would pass the cap.
      PROVIDER_MAX_DEFERRALS: '1',
    };
    engine = await startEngine('redis', stages(), env);
    auth = (await registerUser(engine.app)).auth;
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.script = [];
  });
  after(async () => {
    await engine.stop();
    await fake.stop();
  });

  const run = (transcript: string, script: ChatMode[] = []) => {
    fake.script = script;
    return analyse(engine, auth, { fields: { transcript } });
  };
  const unavailable = () => providerUnavailable(engine, 'emotion');

  it('sends only the redacted transcript, with a strict JSON schema and the configured model', async () => {
    const done = await run('jina langu ni Amina, nipigie 0712 345 678 au amina.k@example.com, sina furaha');
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(fake.requests).to.have.length(1);
    const sent = fake.requests[0]!;
    expect(sent.model).to.equal('gpt-test-mini');
    expect(sent.responseFormat.type).to.equal('json_schema');
    expect(sent.responseFormat.json_schema?.strict).to.equal(true);
    expect(sent.userText).to.not.match(/Amina|0712|345 678|example\.com/i);
    expect(sent.userText).to.include('sina furaha');
    const { emotion } = done.result;
    expect(emotion.text).to.include({ provider: 'openai', label: 'sad', language: 'sw' });
    expect(emotion.redacted).to.include.members(['email', 'name', 'phone']);
    expect(JSON.stringify(emotion)).to.not.match(/Amina|0712/);
  });

  for (const [mode, reason] of [
    ['malformed', /malformed/],
    ['refusal', /refused/],
    ['unauthorized', /HTTP 401/],
    ['server_error', /HTTP 500/],
  ] as Array<[ChatMode, RegExp]>) {
    it(`falls back to the lexicons, recording why, when the provider answers ${mode}`, async () => {
      const before = await unavailable();
      const done = await run('I am not happy at all', [mode]);
      expect(done.status, JSON.stringify(done.error)).to.equal('completed');
      expect(done.result.emotion.text).to.include({ provider: 'lexicon' });
      expect(done.result.emotion.reasons.text).to.match(reason);
      // A refused key is the operators' to fix: counted so they can alert on it; a bad answer or an outage is not.
      expect(await unavailable()).to.equal(before + (mode === 'unauthorized' ? 1 : 0));
    });
  }

  it('waits out a 429 through the queue’s rate limiter and then rates with OpenAI', async () => {
    const done = await run('nimechoka sana', ['rate_limited']);
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(fake.requests).to.have.length(2);
    expect(done.result.emotion.text).to.include({ provider: 'openai' });
  });

  it('rates with the lexicons once more waiting on 429s would fail the analysis, and the risk stage still runs', async () => {
    const done = await run('I am going to kill myself tonight', ['rate_limited', 'rate_limited', 'rate_limited']);
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(fake.requests).to.have.length(2);
    expect(done.result.emotion.text).to.include({ provider: 'lexicon' });
    expect(done.result.emotion.reasons.text).to.equal(
      'openai: rate limited past the wait allowed; rated by the lexicons',
    );
    expect(done.result.risk).to.include({ level: 'critical', tier: 'plan' });
    expect(done.result.risk.escalation).to.be.an('object');
  });
});
