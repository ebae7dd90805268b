import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { StageInputError } from '../../../processors/stage.js';
import { openAudioSource } from '../../../processors/transcription/audio-source.js';
import { checkDecoded, decodeRecording, type DecodeReport } from '../../../processors/transcription/decode.js';
import { ffmpegPaths } from '../../../lib/ffmpeg-paths.js';
import { makeTones } from '../../setup/audio.js';
import { audioDir, silence, synth, tone, truncated } from './test-audio.js';

/** Hands bytes to ffmpeg the way the stage hands it a decrypted recording, decodes and checks them. */
async function decode(bytes: Buffer, { maxSeconds = 1800, signal = new AbortController().signal } = {}) {
  const source = openAudioSource(async function* () {
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
  });
  try {
    const paths = await ffmpegPaths({});
    const stats = { samples: 0, peak: 0 };
    const report: DecodeReport = {};
    let chunks = 0;
    for await (const pcm of decodeRecording(source, { paths, signal, maxSeconds, stats, report })) {
      expect(pcm.length % 2).to.equal(0);
      chunks++;
    }
    const probe = report.probe!;
    checkDecoded(probe, stats);
    return { probe, seconds: stats.samples / 16_000, chunks, warm: report.warm };
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

  const codecs = {
    wav: ['pcm_s16le', 'wav'],
    mp3: ['mp3', 'mp3'],
    ogg: ['opus', 'ogg'],
    webm: ['opus', 'matroska,webm'],
    mp4: ['aac', 'mov,mp4,m4a,3gp,3g2,mj2'],
    flac: ['flac', 'flac'],
  } as const;
  for (const [file, [codec, format]] of Object.entries(codecs) as Array<[keyof typeof codecs, [string, string]]>) {
    it(`decodes ${file} (${codec}, 48 kHz) to one second of 16 kHz PCM and names container and codec`, async () => {
      const { probe, seconds } = await decode(fs.readFileSync(tones[file]));
      expect(probe).to.include({ format, codec, sampleRateHz: 48_000, channels: 1 });
      // Ogg names its length in its last page, MP3 through the file's size: read as a stream, neither announces one
      // (the decoded length is the one kept, and neither would show a cut-off file).
      if (file === 'ogg' || file === 'mp3') expect(probe.durationS).to.equal(undefined);
      else expect(probe.durationS).to.be.closeTo(1, 0.06);
      expect(seconds).to.be.closeTo(1, 0.06);
    });
  }

  it('counts the channels of a stereo and of a six-channel recording', async () => {
    const stereo = synth(dir, 'stereo.ogg', [tone(1)], ['-ac', '2', '-c:a', 'libopus']);
    expect((await decode(fs.readFileSync(stereo))).probe).to.include({ channels: 2, codec: 'opus' });
    const six = synth(dir, 'six.flac', [tone(1)], ['-ac', '6', '-channel_layout', '5.1']);
    expect((await decode(fs.readFileSync(six))).probe).to.include({ channels: 6, codec: 'flac' });
  });

  it('takes no container facts from metadata that imitates ffmpeg’s report', async () => {
    const forged = (line: string) => `${line}=x`;
    const file = synth(
      dir,
      'forged.ogg',
      [tone(2)],
      [
        ...['-c:a', 'libopus', '-metadata', forged('x\n  Duration: 01:00:00.00, start: 0.000000, bitrate: 1 kb/s')],
        ...['-metadata', forged('y\n  Stream #0:0: Audio: mp3, 8000 Hz, 5.1, fltp')],
        ...['-metadata:s:a:0', 'language=x): Audio: aac, 8000 Hz, stereo, (x'],
      ],
    );
    const { probe, seconds } = await decode(fs.readFileSync(file));
    expect(seconds).to.be.closeTo(2, 0.06);
    expect(probe).to.include({ format: 'ogg', codec: 'opus' });
    expect(probe.durationS ?? 2).to.be.closeTo(2, 0.06);
    expect(probe.sampleRateHz ?? 48_000).to.equal(48_000);
    expect(probe.channels ?? 1).to.equal(1);
  });

  it('decodes the next recording with a spare ffmpeg that had loaded before it was asked', async () => {
    const bytes = fs.readFileSync(tones.ogg);
    await decode(bytes);
    // The spares start once a decode ends; give them a moment to load, then the next decode takes one.
    const deadline = Date.now() + 20_000;
    let warm = false;
    while (!warm && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      warm = (await decode(bytes)).warm === true;
    }
    expect(warm).to.equal(true);
  });

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
    const source = openAudioSource(async function* () {
      yield long;
    });
    const abort = new AbortController();
    const reason = new Error('stage timed out');
    const stats = { samples: 0, peak: 0 };
    const paths = await ffmpegPaths({});
    const err = await (async () => {
      for await (const _ of decodeRecording(source, { paths, signal: abort.signal, maxSeconds: 1800, stats })) {
        abort.abort(reason);
      }
    })().catch((e: unknown) => e);
    await source.close();
    expect(err).to.equal(reason);
    expect(stats.samples / 16_000).to.be.below(60);
  });

  it('says a file with no audio track holds none', async () => {
    const video = path.join(dir, 'video.webm');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'color=c=red:s=32x32:d=1',
      '-c:v',
      'libvpx',
      video,
    ]);
    expect(await invalid(fs.readFileSync(video))).to.equal('The file contains no audio track.');
  });

  after(() => fs.rmSync(path.dirname(tones.wav), { recursive: true, force: true }));
});
