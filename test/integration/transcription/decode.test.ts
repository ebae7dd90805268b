import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { StageInputError } from '../../../processors/stage.js';
import { openAudioSource } from '../../../processors/transcription/audio-source.js';
import { checkDecoded, decodePcm, probeSource } from '../../../processors/transcription/decode.js';
import { ffmpegPaths } from '../../../processors/transcription/ffmpeg-paths.js';
import { makeTones } from '../../setup/audio.js';
import { audioDir, silence, synth, tone, truncated } from './test-audio.js';

/** Serves bytes the way the stage serves a decrypted recording, probes, decodes and checks them. */
async function decode(bytes: Buffer, { maxSeconds = 1800, signal = new AbortController().signal } = {}) {
  const source = await openAudioSource(async function* () {
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
  }, bytes.length);
  try {
    const paths = await ffmpegPaths({});
    const probe = await probeSource(source, paths);
    const stats = { samples: 0, peak: 0 };
    let chunks = 0;
    for await (const pcm of decodePcm(source.url, { paths, signal, maxSeconds, stats })) {
      expect(pcm.length % 2).to.equal(0);
      chunks++;
    }
    checkDecoded(probe, stats);
    return { probe, seconds: stats.samples / 16_000, chunks };
  } finally {
    await source.close();
  }
}

async function invalid(bytes: Buffer, opts?: Parameters<typeof decode>[1]): Promise<string> {
  const err = await decode(bytes, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).to.be.instanceOf(StageInputError);
  expect((err as StageInputError).code).to.equal('invalid_audio');
  return (err as Error).message;
}

describe('decoding recordings to 16 kHz mono PCM', function () {
  this.timeout(60_000);
  const dir = audioDir();
  const tones = makeTones();

  const codecs = { wav: 'pcm_s16le', mp3: 'mp3', ogg: 'opus', webm: 'opus', mp4: 'aac', flac: 'flac' } as const;
  for (const [format, codec] of Object.entries(codecs) as Array<[keyof typeof codecs, string]>) {
    it(`decodes ${format} (${codec}, 48 kHz) to one second of 16 kHz PCM and names its codec`, async () => {
      const { probe, seconds } = await decode(fs.readFileSync(tones[format]));
      expect(probe).to.include({ codec, sampleRateHz: 48_000, channels: 1 });
      expect(seconds).to.be.closeTo(1, 0.06);
    });
  }

  it('decodes a three-minute M4A whose index comes after the audio, which a pipe cannot read', async () => {
    const file = synth(dir, 'long.m4a', [tone(180)], ['-c:a', 'aac']);
    const bytes = fs.readFileSync(file);
    expect(bytes.indexOf('moov')).to.be.greaterThan(bytes.indexOf('mdat'));
    const { seconds, chunks } = await decode(bytes);
    expect(seconds).to.be.closeTo(180, 0.1);
    expect(chunks).to.be.greaterThan(10);
  });

  it('refuses a WAV header followed by junk: the file is damaged or is not audio', async () => {
    const junk = Buffer.concat([Buffer.from('RIFF\x24\x00\x10\x00WAVEfmt ', 'latin1'), Buffer.alloc(4000, 0x5a)]);
    expect(await invalid(junk)).to.equal('The recording could not be read: the file is damaged or is not audio.');
  });

  it('refuses WAV and WebM files cut off part way, saying how much arrived', async () => {
    const wav = synth(dir, 'five.wav', [tone(5)]);
    expect(await invalid(truncated(wav, 0.4))).to.match(/^The recording is incomplete: it stops after 2 s of the 5 s/);
    const webm = synth(dir, 'five.webm', [tone(5)], ['-c:a', 'libopus']);
    expect(await invalid(truncated(webm, 0.3))).to.match(/^The recording is incomplete/);
  });

  it('refuses a WAV with no samples as empty and digital silence as silent', async () => {
    const empty = synth(dir, 'empty.wav', [silence(0.001)], ['-t', '0']);
    expect(await invalid(fs.readFileSync(empty))).to.match(/^The recording is empty/);
    const quiet = synth(dir, 'quiet.wav', [silence(3)]);
    expect(await invalid(fs.readFileSync(quiet))).to.match(/^The recording is silent/);
  });

  it('stops decoding as soon as the audio runs past AUDIO_MAX_SECONDS', async () => {
    const long = synth(dir, 'ten.flac', [tone(600)]);
    const started = Date.now();
    expect(await invalid(fs.readFileSync(long), { maxSeconds: 2 })).to.equal(
      'The recording is longer than the limit of 2 s.',
    );
    expect(Date.now() - started).to.be.below(3000);
  });

  it('kills ffmpeg and ends with the abort reason when the stage is aborted mid-decode', async () => {
    const long = fs.readFileSync(synth(dir, 'abort.flac', [tone(600)]));
    const source = await openAudioSource(async function* () {
      yield long;
    }, long.length);
    const abort = new AbortController();
    const reason = new Error('stage timed out');
    const stats = { samples: 0, peak: 0 };
    const paths = await ffmpegPaths({});
    const err = await (async () => {
      for await (const _ of decodePcm(source.url, { paths, signal: abort.signal, maxSeconds: 1800, stats })) {
        abort.abort(reason);
      }
    })().catch((e: unknown) => e);
    await source.close();
    expect(err).to.equal(reason);
    expect(stats.samples / 16_000).to.be.below(60);
  });

  after(() => fs.rmSync(path.dirname(tones.wav), { recursive: true, force: true }));
});
