import { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { z } from 'zod';
import { StageInputError } from '../stage.js';
import type { AudioSource } from './audio-source.js';
import type { FfmpegPaths } from './ffmpeg-paths.js';

/** What every later step reads: 16 kHz mono signed 16-bit little-endian PCM. */
export const SAMPLE_RATE = 16_000;
/** A peak below -60 dBFS over the whole file: nothing but the noise floor of a muted microphone. */
export const SILENT_PEAK = Math.round(32768 * 10 ** (-60 / 20));

export const invalidAudio = (message: string) => new StageInputError('invalid_audio', message);

export interface ProbeInfo {
  format?: string;
  codec?: string;
  sampleRateHz?: number;
  channels?: number;
  /** What the container announces; undefined when it does not say (live WebM from MediaRecorder). */
  durationS?: number;
}

const seconds = z.preprocess((v) => (v === 'N/A' || v === '' ? undefined : v), z.coerce.number().positive().optional());
const probeSchema = z.object({
  format: z.object({ format_name: z.string().optional(), duration: seconds }),
  streams: z.array(
    z.object({
      codec_type: z.string().optional(),
      codec_name: z.string().optional(),
      sample_rate: z.coerce.number().int().positive().optional().catch(undefined),
      channels: z.coerce.number().int().positive().optional().catch(undefined),
      duration: seconds,
    }),
  ),
});

/** ffprobe on the recording: container, codec, rate, channels and announced length. */
export function probeAudio(input: string, paths: FfmpegPaths): Promise<ProbeInfo> {
  return new Promise((resolve, reject) => {
    ffmpeg(input)
      .setFfprobePath(paths.ffprobe)
      .ffprobe(['-v', 'error'], (err, data) => {
        const parsed = err ? undefined : probeSchema.safeParse(data);
        if (!parsed?.success) {
          return reject(invalidAudio('The recording could not be read: the file is damaged or is not audio.'));
        }
        const audio = parsed.data.streams.find((s) => s.codec_type === 'audio');
        if (!audio) return reject(invalidAudio('The file contains no audio track.'));
        resolve({
          format: parsed.data.format.format_name,
          codec: audio.codec_name,
          sampleRateHz: audio.sample_rate,
          channels: audio.channels,
          durationS: parsed.data.format.duration ?? audio.duration,
        });
      });
  });
}

/** probeAudio on the source, with the length a WAV header announces (over HTTP ffprobe sees only what arrived). */
export async function probeSource(source: AudioSource, paths: FfmpegPaths): Promise<ProbeInfo> {
  const probe = await probeAudio(source.url, paths);
  if (probe.format === 'wav') probe.durationS = wavAnnouncedSeconds(await source.head(64 * 1024)) ?? probe.durationS;
  return probe;
}

export interface DecodeStats {
  samples: number;
  /** Largest absolute sample value seen. */
  peak: number;
}

/**
 * Decodes the first audio track to 16 kHz mono s16le as it arrives (chunks always hold whole samples). Stops
 * ffmpeg as soon as the audio runs past `maxSeconds`, on abort, and when the consumer stops reading.
 */
export async function* decodePcm(
  input: string,
  opts: { paths: FfmpegPaths; signal: AbortSignal; maxSeconds: number; stats: DecodeStats },
): AsyncGenerator<Buffer> {
  const { stats, signal } = opts;
  // emitClose off: fluent-ffmpeg treats the output's 'close' as a failure when it comes before ffmpeg's exit.
  const out = new PassThrough({ emitClose: false, highWaterMark: 256 * 1024 });
  const command = ffmpeg(input)
    .setFfmpegPath(opts.paths.ffmpeg)
    .inputOptions(['-nostdin', '-hide_banner', '-loglevel', 'error'])
    .outputOptions(['-map', '0:a:0', '-ac', '1', '-ar', String(SAMPLE_RATE), '-c:a', 'pcm_s16le', '-f', 's16le']);
  let stopped = false;
  const stop = () => {
    stopped = true;
    command.kill('SIGKILL');
  };
  // A stop that comes before fluent-ffmpeg has spawned the process takes effect when it starts.
  command.on('start', () => stopped && command.kill('SIGKILL'));
  const finished = new Promise<void>((resolve, reject) => {
    command.once('end', () => resolve());
    command.once('error', (err: Error) => reject(err));
  });
  finished.catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  command.pipe(out, { end: true });

  let carry: Buffer | undefined;
  let done = false;
  try {
    for await (const raw of out as AsyncIterable<Buffer>) {
      const chunk = carry ? Buffer.concat([carry, raw]) : raw;
      const whole = chunk.length & ~1;
      carry = whole < chunk.length ? chunk.subarray(whole) : undefined;
      if (whole === 0) continue;
      const pcm = chunk.subarray(0, whole);
      for (let i = 0; i < whole; i += 2) {
        const v = Math.abs(pcm.readInt16LE(i));
        if (v > stats.peak) stats.peak = v;
      }
      stats.samples += whole / 2;
      if (stats.samples > opts.maxSeconds * SAMPLE_RATE) {
        throw invalidAudio(`The recording is longer than the limit of ${formatSeconds(opts.maxSeconds)}.`);
      }
      yield pcm;
    }
    await finished.catch((err: Error) => {
      if (signal.aborted) throw signal.reason;
      throw Object.assign(invalidAudio('The recording could not be decoded: the file is damaged or incomplete.'), {
        cause: err,
      });
    });
    done = true;
  } finally {
    signal.removeEventListener('abort', stop);
    if (!done) stop();
    out.destroy();
  }
}

/** The length a WAV header announces: data bytes / byte rate. */
export function wavAnnouncedSeconds(head: Buffer): number | undefined {
  if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') return undefined;
  let byteRate: number | undefined;
  for (let pos = 12; pos + 8 <= head.length;) {
    const id = head.toString('latin1', pos, pos + 4);
    const size = head.readUInt32LE(pos + 4);
    if (id === 'fmt ' && pos + 20 <= head.length) byteRate = head.readUInt32LE(pos + 16);
    // 0 and 0xFFFFFFFF: written by recorders that stream and never come back to fill the size in.
    if (id === 'data') return byteRate && size > 0 && size !== 0xffffffff ? size / byteRate : undefined;
    pos += 8 + size + (size & 1);
  }
  return undefined;
}

/**
 * What decoding alone can tell about a recording a person would not call usable: empty, silent, cut short.
 * MP3 is left out of the length check: without a Xing header ffprobe only estimates its duration from the bitrate.
 */
export function checkDecoded(probe: ProbeInfo, stats: DecodeStats): void {
  const decodedS = stats.samples / SAMPLE_RATE;
  if (decodedS < 0.1) throw invalidAudio('The recording is empty: it contains no sound.');
  if (stats.peak < SILENT_PEAK) {
    throw invalidAudio('The recording is silent: no sound was picked up. Check the microphone and record again.');
  }
  const announced = probe.format === 'mp3' ? undefined : probe.durationS;
  if (announced && decodedS < 0.9 * announced - 0.25) {
    throw invalidAudio(
      `The recording is incomplete: it stops after ${formatSeconds(decodedS)} of the ${formatSeconds(announced)} ` +
        'it should last (the recording or the upload was interrupted).',
    );
  }
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s * 10) / 10} s`;
  const min = Math.floor(s / 60);
  const rest = Math.round(s % 60);
  return rest ? `${min} min ${rest} s` : `${min} min`;
}
