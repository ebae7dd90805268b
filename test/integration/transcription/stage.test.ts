import fs from 'node:fs';
import { expect } from 'chai';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { analyse, pipelineWithTranscription, type Upload } from './engine-helpers.js';
import { audioDir, convert, silence, speech, synth, tone, truncated } from './test-audio.js';

const blobCount = async (engine: Engine, analysisId: string) => {
  const rec = await engine.t.db('recordings').where({ analysis_id: analysisId }).first('id');
  const { n } = (await engine.t.db('recording_blobs').where({ recording_id: rec.id }).count('* as n').first()) as {
    n: string;
  };
  return Number(n);
};

describe('transcription stage through the engine, without a speech-to-text provider', function () {
  this.timeout(120_000);
  const dir = audioDir();
  let engine: Engine;
  let auth: string;
  let spoken: string;
  before(async () => {
    engine = await startEngine('redis', pipelineWithTranscription(), { STT_PROVIDER: 'none', AUDIO_MAX_SECONDS: '20' });
    auth = (await registerUser(engine.app)).auth;
    spoken = speech(dir, 'spoken.wav', 'Habari. I am fine, just tired. Niko sawa, lakini nimechoka sana leo.');
  });
  after(() => engine.stop());

  it('measures a spoken WAV, keeps the client transcript, records metadata and erases the audio', async () => {
    const done = await analyse(engine, auth, {
      audio: fs.readFileSync(spoken),
      filename: 'checkin.wav',
      fields: { transcript: 'Niko sawa, just tired', language: 'sw' },
    });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(done.stages.transcription).to.include({ status: 'completed', attempts: 1 });
    expect(done.result.transcription).to.deep.equal({
      status: 'completed',
      provider: 'client',
      language: 'sw',
      text: 'Niko sawa, just tired',
      segments: null,
      reason: null,
    });
    const acoustics = done.result.acoustics;
    expect(acoustics.duration_s).to.be.closeTo(5, 2.5);
    expect(acoustics.voiced_s).to.be.greaterThan(0.5);
    expect(acoustics.f0_median_hz).to.be.within(60, 300);
    // The client's four words over the speaking time.
    expect(acoustics.words_per_min).to.be.within(20, 120);
    expect(acoustics.quality_ok).to.be.a('boolean');
    expect(acoustics.quality_reasons).to.be.an('array');
    const row = await engine.t.db('acoustic_features').where({ analysis_id: done.id }).first('quality_ok');
    expect(row.quality_ok).to.equal(acoustics.quality_ok);
    const rec = await engine.t.db('recordings').where({ analysis_id: done.id }).first();
    expect(rec).to.include({ sample_rate_hz: 16_000, channels: 1, codec: 'pcm_s16le' });
    expect(rec.duration_s).to.be.closeTo(acoustics.duration_s, 0.05);
    expect(rec.erased_at).to.be.instanceOf(Date);
    expect(await blobCount(engine, done.id)).to.equal(0);
  });

  it('decodes a WebM/Opus recording labelled audio/wav, as browsers’ MediaRecorder sends it', async () => {
    const webm = convert(spoken, `${dir}/spoken.webm`, ['-c:a', 'libopus']);
    const done = await analyse(engine, auth, {
      audio: fs.readFileSync(webm),
      filename: 'recording.wav',
      contentType: 'audio/wav',
      fields: { transcript: 'Niko sawa' },
    });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    expect(done.result.acoustics.voiced_s).to.be.greaterThan(0.5);
    const rec = await engine.t.db('recordings').where({ analysis_id: done.id }).first();
    expect(rec).to.include({
      container: 'webm',
      declared_mime_type: 'audio/wav',
      codec: 'opus',
      sample_rate_hz: 48_000,
    });
  });

  it('says why there is no text when no provider is configured and no transcript was sent', async () => {
    const done = await analyse(engine, auth, { audio: fs.readFileSync(spoken) });
    expect(done.status).to.equal('completed');
    expect(done.result.transcription).to.include({ status: 'skipped', provider: 'none', text: null });
    expect(done.result.transcription.reason).to.match(/^No speech-to-text provider is configured/);
    expect(done.result.acoustics.voiced_s).to.be.greaterThan(0.5);
    expect(done.result.acoustics.words_per_min).to.equal(null);
  });

  it('takes the transcript of a text-only analysis from the client and measures no acoustics', async () => {
    const done = await analyse(engine, auth, { fields: { transcript: 'Sijui, maisha ni ngumu', language: 'sw' } });
    expect(done.status).to.equal('completed');
    expect(done.result.transcription).to.include({
      status: 'completed',
      provider: 'client',
      text: 'Sijui, maisha ni ngumu',
    });
    expect(done.result).to.not.have.property('acoustics');
  });

  const bad: Array<[string, () => Upload, RegExp]> = [
    [
      'a WAV header followed by junk',
      () => ({
        audio: Buffer.concat([Buffer.from('RIFF\x24\x00\x10\x00WAVEfmt ', 'latin1'), Buffer.alloc(4000, 0x5a)]),
      }),
      /could not be read/,
    ],
    ['a WAV cut off part way', () => ({ audio: truncated(synth(dir, 'cut.wav', [tone(6)]), 0.3) }), /incomplete/],
    [
      'a WAV with no samples',
      () => ({ audio: fs.readFileSync(synth(dir, 'e.wav', [silence(0.01)], ['-t', '0'])) }),
      /empty/,
    ],
    ['digital silence', () => ({ audio: fs.readFileSync(synth(dir, 'quiet.flac', [silence(4)])) }), /silent/],
    [
      'a recording longer than AUDIO_MAX_SECONDS',
      () => ({ audio: fs.readFileSync(synth(dir, 'long.ogg', [tone(25)], ['-c:a', 'libopus'])) }),
      /longer than the limit of 20 s/,
    ],
  ];
  for (const [what, upload, message] of bad) {
    it(`fails ${what} at once as invalid_audio, without retries, in words a person understands`, async () => {
      // Audio alone: with the client's own words the later stages would run to read them for risk.
      const done = await analyse(engine, auth, upload());
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'invalid_audio', stage: 'transcription' });
      expect(done.error.message).to.match(message);
      expect(done.stages.transcription).to.include({ status: 'failed', attempts: 1 });
      expect(done.stages.emotion.status).to.equal('canceled');
      expect(done.result).to.deep.equal({});
    });
  }
});

describe('transcription stage with AUDIO_RETENTION=keep', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('postgres', pipelineWithTranscription(), { AUDIO_RETENTION: 'keep' });
  });
  after(() => engine.stop());

  it('keeps the encrypted audio after the stage succeeds', async () => {
    const { auth } = await registerUser(engine.app);
    const audio = fs.readFileSync(speech(audioDir(), 'keep.flac', 'Mambo, niko poa kabisa.'));
    const done = await analyse(engine, auth, { audio, fields: { transcript: 'Mambo, niko poa' } });
    expect(done.status, JSON.stringify(done.error)).to.equal('completed');
    const rec = await engine.t.db('recordings').where({ analysis_id: done.id }).first();
    expect(rec.erased_at).to.equal(null);
    expect(rec.codec).to.equal('flac');
    expect(await blobCount(engine, done.id)).to.be.greaterThan(0);
  });
});
