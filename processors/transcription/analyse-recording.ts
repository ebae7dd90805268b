import diagnostics from 'node:diagnostics_channel';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { StoredDataError } from '../stage-errors.js';
import type { AudioSource } from './audio-source.js';
import { checkDecoded, decodeRecording, invalidAudio, prewarmDecoders, SAMPLE_RATE } from './decode.js';
import type { DecodeReport, ProbeInfo } from './decode.js';
import { PieceEncoder, type EncodedPiece } from './encode.js';
import type { FfmpegPaths } from '../../lib/ffmpeg-paths.js';
import { PauseSplitter, type SplitOptions } from './pause-splitter.js';

/** The acoustic feature extractor (processors/transcription/acoustics), as this stage uses it. */
export interface FeatureExtractor<F extends object> {
  extract(
    pcm: AsyncIterable<Buffer>,
    opts?: { transcriptWords?: number; signal?: AbortSignal; timings?: ExtractTimings },
  ): Promise<F>;
  quality(features: F): { ok: boolean; reasons: string[] };
}

export interface RecordingAnalysis<F extends object> {
  probe: ProbeInfo;
  /** Decoded length, the figure to trust (live WebM and streamed WAV announce none or a wrong one). */
  durationS: number;
  features: F;
  quality: { ok: boolean; reasons: string[] };
  /** Encoded pieces for speech-to-text, when asked for. */
  pieces?: EncodedPiece[];
  timings: RecordingTimings;
}

/** What an extractor may say about its own start (the acoustics worker-thread pool fills it in). */
export interface ExtractTimings {
  /** ms until a worker thread was ready: 0 from the warm pool. */
  threadStartMs?: number;
  warmThread?: boolean;
}

/** Where one pass's time went, in ms; the legs overlap (decoding streams into the features). */
export interface RecordingTimings extends ExtractTimings {
  totalMs: number;
  /** A spare ffmpeg (one per container of the last jobs) had loaded before the job asked for it. */
  warmDecoder: boolean;
  /** Waiting for a loaded ffmpeg: 0 with a spare; else its start-up, after sniffing (and for MP4, spilling) the recording. */
  spawnMs: number;
  /** The loaded ffmpeg reading the container from its standard input until its first PCM (what ffprobe used to do). */
  probeMs: number;
  /** First to last PCM: decoding, while the features are computed from what arrives. */
  decodeMs: number;
  /** From the extractor's start to its result. */
  featuresMs: number;
  /** Last PCM to the features' result: analysis not hidden behind decoding. */
  featuresTailMs: number;
}

/** Every pass's timings, for benchmarks and diagnostics (no cost without a subscriber). */
export const recordingTimings = diagnostics.channel('resona:transcription:recording-timings');

export interface AnalyseOptions<F extends object> {
  source: AudioSource;
  paths: FfmpegPaths;
  extractor: FeatureExtractor<F>;
  signal: AbortSignal;
  maxSeconds: number;
  transcriptWords?: number;
  /** Cut the audio into Ogg/Opus pieces for speech-to-text while decoding. */
  split?: SplitOptions;
}

/**
 * One pass over the recording: decode once (a single ffmpeg run, which also reports the container) and feed the PCM, with backpressure, to the feature
 * extractor and (for speech-to-text) the pause splitter and piece encoders. Bad audio ends as invalid_audio.
 */
export async function analyseRecording<F extends object>(opts: AnalyseOptions<F>): Promise<RecordingAnalysis<F>> {
  const { source } = opts;
  // Ends ffmpeg and the extractor when this pass ends early, whatever the reason.
  const done = new AbortController();
  const signal = AbortSignal.any([opts.signal, done.signal]);
  const feed = new PassThrough({ highWaterMark: 1024 * 1024 });
  let extracting: Promise<F> | undefined;
  const splitter = opts.split && new PauseSplitter(opts.split);
  const pieces: EncodedPiece[] = [];
  let encoder: PieceEncoder | undefined;
  let written = 0;
  const stats = { samples: 0, peak: 0 };
  const report: DecodeReport = {};
  const extractTimings: ExtractTimings = {};
  const started = performance.now();
  try {
    const { transcriptWords } = opts;
    extracting = opts.extractor.extract(feed, { transcriptWords, signal, timings: extractTimings });
    extracting.catch(() => {});
    const stopped = extracting.then(() => {
      throw new Error('the acoustic feature extractor stopped reading before the end of the audio');
    });
    stopped.catch(() => {});

    const handle = async (events: ReturnType<PauseSplitter['push']>) => {
      for (const e of events) {
        if ('cut' in e) {
          if (encoder) pieces.push(await encoder.end());
          encoder = undefined;
          continue;
        }
        encoder ??= new PieceEncoder(opts.paths, written / SAMPLE_RATE);
        written += e.audio.length / 2;
        await encoder.write(e.audio);
      }
    };
    // The next spare ffmpeg starts once this pass is over: its start-up would slow this job's features.
    const decoding = { paths: opts.paths, signal, maxSeconds: opts.maxSeconds, stats, report, refill: false };
    for await (const pcm of decodeRecording(source, decoding)) {
      if (!feed.write(pcm)) await Promise.race([once(feed, 'drain'), stopped]);
      if (splitter) await handle(splitter.push(pcm));
    }
    feed.end();
    const probe = report.probe ?? {};
    if (splitter) await handle([...splitter.end(), { cut: true }]);
    const features = await extracting.catch((err: Error) => {
      // Empty or silent audio may trip the extractor: the plain reason matters more than its error.
      checkDecoded(probe, stats);
      throw err;
    });
    const featuresAt = performance.now() - started;
    checkDecoded(probe, stats);
    if (voicedSeconds(features) === 0) {
      throw invalidAudio('No voice was found in the recording: it holds only noise or non-speech sound.');
    }
    await source.verify();
    const quality = opts.extractor.quality(features);
    const timings = passTimings(report, extractTimings, featuresAt, performance.now() - started);
    const durationS = stats.samples / SAMPLE_RATE;
    if (recordingTimings.hasSubscribers) recordingTimings.publish({ timings, durationS });
    return { probe, durationS, features, quality, timings, ...(splitter ? { pieces } : {}) };
  } catch (err) {
    throw readFailure(source) ?? err;
  } finally {
    done.abort();
    feed.destroy();
    encoder?.kill();
    // After the caller's next step: starting ffmpeg forks this process, ~10 ms of its event loop.
    setImmediate(() => prewarmDecoders(opts.paths));
  }
}

function passTimings(d: DecodeReport, x: ExtractTimings, featuresAt: number, totalMs: number): RecordingTimings {
  const spawnMs = d.waitMs ?? 0;
  const firstPcm = d.firstPcmMs ?? spawnMs;
  const lastPcm = d.lastPcmMs ?? firstPcm;
  return {
    totalMs,
    warmDecoder: d.warm ?? false,
    spawnMs,
    probeMs: firstPcm - spawnMs,
    decodeMs: lastPcm - firstPcm,
    featuresMs: featuresAt,
    featuresTailMs: featuresAt - lastPcm,
    ...x,
  };
}

/** ffmpeg fails on a recording the database could not deliver: that is the error to report, not the audio. */
function readFailure(source: AudioSource): Error | undefined {
  const failure = source.failure();
  if (!failure) return undefined;
  // AES-GCM refuses altered ciphertext: retrying reads the same bytes.
  if (/authenticate/i.test(failure.message)) {
    return new StoredDataError(`the stored recording failed its integrity check: ${failure.message}`);
  }
  return failure;
}

function voicedSeconds(features: object): number | undefined {
  const v = (features as { voiced_s?: unknown }).voiced_s;
  return typeof v === 'number' ? v : undefined;
}
