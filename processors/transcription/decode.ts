import type { AudioContainer } from '../../lib/audio/sniff.js';
import type { FfmpegPaths } from '../../lib/ffmpeg-paths.js';
import { StageInputError } from '../stage.js';
import type { AudioSource } from './audio-source.js';
import { feedDecoder, sniffRecording, spillToFile } from './decode-input.js';
import { DecoderPool, startDecoder, type Decoder } from './decoder-pool.js';
import { parseInputReport } from './ffmpeg-report.js';

/** What every later step reads: 16 kHz mono signed 16-bit little-endian PCM. */
export const SAMPLE_RATE = 16_000;
/** A peak below -60 dBFS over the whole file: nothing but the noise floor of a muted microphone. */
export const SILENT_PEAK = Math.round(32768 * 10 ** (-60 / 20));
/** Spare decoders kept per container: the transcription stage runs two jobs at once by default. */
export const DECODER_SPARES = 2;
/** Containers that keep spares: those of the last jobs (a deployment's apps send one or two). */
export const WARM_CONTAINERS = 2;

export const invalidAudio = (message: string) => new StageInputError('invalid_audio', message);
const NOT_AUDIO = 'The recording could not be read: the file is damaged or is not audio.';

export interface ProbeInfo {
  format?: string;
  codec?: string;
  sampleRateHz?: number;
  channels?: number;
  /** What the container announces; undefined when it does not say (live WebM from MediaRecorder, Ogg as a stream). */
  durationS?: number;
}

export interface DecodeStats {
  samples: number;
  /** Largest absolute sample value seen. */
  peak: number;
}

/** Where a decode's time went, in ms from its start; filled in as it runs. */
export interface DecodeReport {
  /** What ffmpeg said about the input; set when the decode ends well. */
  probe?: ProbeInfo;
  /** ffmpeg had loaded before the job asked (a spare); else waitMs includes its start-up. */
  warm?: boolean;
  /** Until a loaded ffmpeg had the recording (reading its head; an MP4 also spilled to a file first). */
  waitMs?: number;
  /** Until the first PCM: ffmpeg reading the container's headers from its standard input. */
  firstPcmMs?: number;
  /** Until the last PCM. */
  lastPcmMs?: number;
}

/** ffmpeg's demuxer for each container the upload accepts. */
const DEMUXERS: Record<AudioContainer, string> = {
  wav: 'wav',
  mp3: 'mp3',
  ogg: 'ogg',
  webm: 'matroska',
  mp4: 'mov',
  flac: 'flac',
};

/**
 * ffmpeg's arguments: the sniffed container's demuxer alone (no format detection, no nested demuxer: a playlist,
 * manifest or SDP file inside cannot name a URL or a port) reading standard input only (a pipe, or the file it
 * inherited), its first audio track to 16 kHz mono s16le on stdout. The input report (info level) replaces
 * ffprobe, the banner says ffmpeg has loaded, and output metadata is off so nothing from the file is printed after
 * the stream mapping.
 */
export const decoderArgs = (container: AudioContainer, input: 'pipe' | 'file'): string[] => [
  ...['-nostdin', '-nostats', '-loglevel', 'info', '-protocol_whitelist', input],
  ...['-format_whitelist', DEMUXERS[container], '-f', DEMUXERS[container]],
  ...['-i', input === 'pipe' ? 'pipe:0' : 'file:/dev/stdin'],
  ...['-map', '0:a:0', '-map_metadata', '-1', '-map_chapters', '-1', '-ac', '1', '-ar', String(SAMPLE_RATE)],
  ...['-c:a', 'pcm_s16le', '-f', 's16le', 'pipe:1'],
];

const pools = new Map<string, DecoderPool>();
const pool = (ffmpegPath: string) => {
  let p = pools.get(ffmpegPath);
  if (!p) {
    p = new DecoderPool(ffmpegPath, (c) => decoderArgs(c, 'pipe'), DECODER_SPARES, WARM_CONTAINERS);
    pools.set(ffmpegPath, p);
  }
  return p;
};

/** Starts spare decoders up to the pool's size for the recent containers: after a job, before the next. */
export const prewarmDecoders = (paths: FfmpegPaths): void => pool(paths.ffmpeg).refill();

/** Ends the spare decoders (tests; at exit they end when their standard input closes). */
export const drainDecoders = async (): Promise<void> =>
  void (await Promise.all([...pools.values()].map((p) => p.drain())));

/**
 * Decodes the recording's first audio track to 16 kHz mono s16le as it arrives (chunks always hold whole samples)
 * with one ffmpeg run, a spare one when there is one; `report.probe` then says what the container holds. The
 * recording is read once: into ffmpeg's standard input, or for MP4 (whose index phones write after the audio, so
 * ffmpeg must seek) into a nameless file ffmpeg inherits. Stops ffmpeg as soon as the audio runs past
 * `maxSeconds`, on abort, and when the consumer stops reading.
 */
export async function* decodeRecording(
  source: AudioSource,
  opts: {
    paths: FfmpegPaths;
    signal: AbortSignal;
    maxSeconds: number;
    stats: DecodeStats;
    report?: DecodeReport;
    /** Start the next spare as soon as this ffmpeg exits (default); false: the caller does, when it is idle. */
    refill?: boolean;
  },
): AsyncGenerator<Buffer> {
  const { stats, signal } = opts;
  const report = opts.report ?? {};
  if (signal.aborted) throw signal.reason;
  const started = performance.now();
  const since = () => performance.now() - started;
  const container = await sniffRecording(source);
  if (!container) throw invalidAudio(NOT_AUDIO);
  // Read as a stream, a WAV's length is the one its header announces.
  const wavHead = container === 'wav' ? await source.head(64 * 1024) : undefined;
  const decoders = pool(opts.paths.ffmpeg);
  // Ends the feed when this decode ends early.
  const stop = new AbortController();
  const feedSignal = AbortSignal.any([signal, stop.signal]);
  const [decoder, feeding] = await startDecoding(container, source, opts.paths, decoders, feedSignal);
  const warm = (report.warm = decoder.warm);
  void decoder.loaded.then(() => (report.waitMs = warm ? 0 : since()));
  signal.addEventListener('abort', decoder.kill, { once: true });
  let carry: Buffer | undefined;
  let done = false;
  try {
    for await (const raw of decoder.stdout as AsyncIterable<Buffer>) {
      report.firstPcmMs ??= since();
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
    report.lastPcmMs = since();
    const { code } = await decoder.exited;
    if (signal.aborted) throw signal.reason;
    // The store failing part way is the error to report, not what ffmpeg made of the part it got.
    await feeding;
    const input = parseInputReport(decoder.stderr());
    if (code !== 0) throw decodeFailure(input, decoder.stderr());
    if (wavHead) input.probe.durationS = wavAnnouncedSeconds(wavHead) ?? input.probe.durationS;
    report.probe = input.probe;
    done = true;
  } finally {
    signal.removeEventListener('abort', decoder.kill);
    if (!done) {
      decoder.kill();
      stop.abort();
    }
    // The next spare loads before the next job arrives, not when it does.
    if (opts.refill !== false) void decoder.exited.catch(() => {}).finally(() => decoders.refill());
  }
}

/** A decoder with the recording on its way in; the promise settles once the recording has been read to its end. */
async function startDecoding(
  container: AudioContainer,
  source: AudioSource,
  paths: FfmpegPaths,
  decoders: DecoderPool,
  signal: AbortSignal,
): Promise<[Decoder, Promise<void>]> {
  if (container === 'mp4') {
    const file = await spillToFile(source, signal);
    try {
      return [startDecoder(paths.ffmpeg, decoderArgs(container, 'file'), file.fd), Promise.resolve()];
    } finally {
      // ffmpeg holds its own descriptor now: the file is gone once it exits.
      await file.close();
    }
  }
  const decoder = decoders.take(container);
  const feeding = feedDecoder(source, decoder.stdin!, signal);
  feeding.catch(() => decoder.kill());
  return [decoder, feeding];
}

/** Why ffmpeg failed, in the words of the old ffprobe-then-decode checks. */
function decodeFailure(input: ReturnType<typeof parseInputReport>, stderr: string): Error {
  const cause = new Error(stderr.trim().split('\n').slice(-3).join('\n'));
  if (!input.opened) return Object.assign(invalidAudio(NOT_AUDIO), { cause });
  if (input.noAudio) return Object.assign(invalidAudio('The file contains no audio track.'), { cause });
  return Object.assign(invalidAudio('The recording could not be decoded: the file is damaged or incomplete.'), {
    cause,
  });
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
 * MP3 is left out of the length check: without a Xing header ffmpeg only estimates its duration from the bitrate.
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
