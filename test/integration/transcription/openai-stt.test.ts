import fs from 'node:fs';
import { expect } from 'chai';
import { registerUser, startEngine, type BackendKind, type Engine } from '../../setup/engine.js';
import { recordingTimings } from '../../../processors/transcription/analyse-recording.js';
import { FakeOpenAI, type FakeMode } from './fake-openai.js';
import { analyse, pipelineWithTranscription } from './engine-helpers.js';
import { audioDir, silence, synth, tone } from './test-audio.js';

const openaiEnv = (fake: FakeOpenAI) => ({
  STT_PROVIDER: 'openai',
  OPENAI_API_KEY: 'sk-test-key',
  OPENAI_BASE_URL: fake.baseUrl,
  OPENAI_STT_MODEL: 'whisper-1',
  // The fake decodes each piece with ffmpeg before answering: a loaded machine needs seconds for that.
  OPENAI_TIMEOUT_MS: '4000',
  // Three deferrals for a provider's 429, then the stage gives up (the cap test below).
  PROVIDER_MAX_DEFERRALS: '3',
});

for (const kind of ['redis', 'postgres'] as BackendKind[]) {
  describe(`speech-to-text with the OpenAI SDK against a fake server (${kind} queue backend)`, function () {
    this.timeout(120_000);
    const fake = new FakeOpenAI();
    let engine: Engine;
    let auth: string;
    let audio: Buffer;
    before(async () => {
      await fake.start();
      engine = await startEngine(kind, pipelineWithTranscription(), openaiEnv(fake));
      auth = (await registerUser(engine.app)).auth;
      // Two bursts of sound: 0.5–1.5 s and 2.0–3.0 s.
      audio = fs.readFileSync(
        synth(
          audioDir(),
          'two.webm',
          [silence(0.5), tone(1), silence(0.5), tone(1), silence(0.5)],
          ['-c:a', 'libopus'],
        ),
      );
    });
    beforeEach(() => {
      fake.requests.length = 0;
      fake.script = [];
    });
    after(async () => {
      await engine.stop();
      await fake.stop();
    });

    const run = (script: FakeMode[] = [], language = 'sw') => {
      fake.script = script;
      return analyse(engine, auth, { audio, fields: { language } });
    };

    it('sends one Ogg/Opus piece with verbose_json, the language hint and local vocabulary, and stores segments', async () => {
      const done = await run();
      expect(done.status, JSON.stringify(done.error)).to.equal('completed');
      expect(fake.requests).to.have.length(1);
      const { fields, fileName, audio: sent } = fake.requests[0]!;
      expect(fields).to.include({ model: 'whisper-1', response_format: 'verbose_json', language: 'sw' });
      expect(fields['timestamp_granularities[]']).to.equal('segment');
      expect(fields.prompt).to.include('Niko sawa').and.include('msee');
      expect(fileName).to.equal('piece-0.ogg');
      expect(sent.subarray(0, 4).toString('latin1')).to.equal('OggS');
      const t = done.result.transcription;
      expect(t).to.include({
        status: 'completed',
        provider: 'openai',
        language: 'sw',
        text: 'burst 1 burst 2',
        reason: null,
      });
      expect(t.segments).to.have.length(2);
      expect(t.segments[0]).to.include({ text: 'burst 1', avg_logprob: -0.2, no_speech_prob: 0.01 });
      expect(t.segments[0].start).to.be.closeTo(0.5, 0.06);
      expect(t.segments[1].end).to.be.closeTo(3, 0.06);
      expect(done.result.acoustics.voiced_s).to.be.greaterThan(1);
      // Four words from the provider over about two seconds of sound, filled in after the single decoding pass.
      expect(done.result.acoustics.words_per_min).to.be.within(60, 200);
    });

    it('leaves the language to the provider for language=auto and stores the code of the one it detected', async () => {
      const done = await run([], 'auto');
      expect(fake.requests[0]!.fields).to.not.have.property('language');
      expect(done.result.transcription.language).to.equal('en');
    });

    it('honours 429 Retry-After through the queue’s rate limiter, without spending an attempt', async () => {
      fake.retryAfter = '1';
      const done = await run(['rate_limited']);
      expect(done.status, JSON.stringify(done.error)).to.equal('completed');
      expect(done.stages.transcription).to.include({ status: 'completed', attempts: 1 });
      expect(fake.requests).to.have.length(2);
      expect(fake.requests[1]!.at - fake.requests[0]!.at).to.be.at.least(950);
    });

    it('keeps the measurements and encoded pieces between 429 deferrals: the recording is decoded once', async () => {
      fake.retryAfter = '1';
      let passes = 0;
      const count = () => void passes++;
      recordingTimings.subscribe(count);
      try {
        const done = await run(['rate_limited', 'rate_limited']);
        expect(done.status, JSON.stringify(done.error)).to.equal('completed');
        expect(fake.requests).to.have.length(3);
        expect(passes).to.equal(1);
        expect(done.result.transcription.text).to.equal('burst 1 burst 2');
        expect(done.result.acoustics.voiced_s).to.be.greaterThan(1);
        expect(await engine.t.db('stage_checkpoints').where({ analysis_id: done.id })).to.have.length(0);
      } finally {
        recordingTimings.unsubscribe(count);
      }
    });

    it('fails as provider_rate_limited once the provider answered 429 more often than PROVIDER_MAX_DEFERRALS', async () => {
      fake.retryAfter = '1';
      const done = await run(['rate_limited', 'rate_limited', 'rate_limited', 'rate_limited']);
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'provider_rate_limited', stage: 'transcription' });
      expect(fake.requests).to.have.length(4);
      expect(await engine.t.db('stage_checkpoints').where({ analysis_id: done.id })).to.have.length(0);
    });

    for (const [mode, what] of [
      ['server_error', 'a 500'],
      ['slow', 'an answer slower than OPENAI_TIMEOUT_MS'],
      ['stalled_body', 'a body that stalls after its headers past OPENAI_TIMEOUT_MS'],
      ['malformed', 'a malformed JSON body'],
    ] as Array<[FakeMode, string]>) {
      it(`retries after ${what} with backoff and completes on the second attempt`, async () => {
        const done = await run([mode]);
        expect(done.status, JSON.stringify(done.error)).to.equal('completed');
        expect(done.stages.transcription).to.include({ status: 'completed', attempts: 2 });
        expect(fake.requests).to.have.length(2);
        expect(done.result.transcription.text).to.equal('burst 1 burst 2');
      });
    }

    it('fails at once as provider_unavailable, not blaming the recording, when the provider refuses our key', async () => {
      const done = await run(['unauthorized']);
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'provider_unavailable', stage: 'transcription' });
      expect(done.error.message)
        .to.match(/credentials/)
        .and.not.match(/recording/i);
      expect(done.stages.transcription).to.include({ status: 'failed', attempts: 1 });
      expect(fake.requests).to.have.length(1);
    });

    it('fails at once as transcription_failed when the provider refuses the request with a 400', async () => {
      const done = await run(['bad_request']);
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'transcription_failed', stage: 'transcription' });
      expect(done.error.message).to.match(/HTTP 400/);
      // The provider's own text stays out: an error answer can quote the person's words.
      expect(done.error.message).to.not.include('Invalid file format');
      expect(done.stages.transcription).to.include({ status: 'failed', attempts: 1 });
      expect(fake.requests).to.have.length(1);
      // Not the recording's fault: its audio is kept for retry-failed until the retention grace period ends.
      const rec = await engine.t.db('recordings').where({ analysis_id: done.id }).first('erased_at');
      expect(rec.erased_at).to.equal(null);
    });
  });
}
