import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { UnrecoverableError } from 'bullmq';
import type { AudioSource } from './audio-source.js';
import { checkDecoded, decodePcm, invalidAudio, probeSource, SAMPLE_RATE } from './decode.js';
import type { ProbeInfo } from './decode.js';
import { PieceEncoder, type EncodedPiece } from './encode.js';
import type { FfmpegPaths } from './ffmpeg-paths.js';
import { PauseSplitter, type SplitOptions } from './pause-splitter.js';

/** The acoustic feature extractor (processors/transcription/acoustics), as this stage uses it. */
export interface FeatureExtractor<F extends object> {
  extract(pcm: AsyncIterable<Buffer>, opts?: { transcriptWords?: number; signal?: AbortSignal }): Promise<F>;
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
}

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
 * One pass over the recording: probe, then decode once and feed the PCM, with backpressure, to the feature
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
  try {
    const probe = await probeSource(source, opts.paths);
    extracting = opts.extractor.extract(feed, { transcriptWords: opts.transcriptWords, signal });
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
    for await (const pcm of decodePcm(source.url, { paths: opts.paths, signal, maxSeconds: opts.maxSeconds, stats })) {
      if (!feed.write(pcm)) await Promise.race([once(feed, 'drain'), stopped]);
      if (splitter) await handle(splitter.push(pcm));
    }
    feed.end();
    if (splitter) await handle([...splitter.end(), { cut: true }]);
    const features = await extracting.catch((err: Error) => {
      // Empty or silent audio may trip the extractor: the plain reason matters more than its error.
      checkDecoded(probe, stats);
      throw err;
    });
    checkDecoded(probe, stats);
    if (voicedSeconds(features) === 0) {
      throw invalidAudio('No voice was found in the recording: it holds only noise or non-speech sound.');
    }
    await source.verify();
    const quality = opts.extractor.quality(features);
    return { probe, durationS: stats.samples / SAMPLE_RATE, features, quality, ...(splitter ? { pieces } : {}) };
  } catch (err) {
    throw readFailure(source) ?? err;
  } finally {
    done.abort();
    feed.destroy();
    encoder?.kill();
  }
}

/** ffmpeg fails on a recording the database could not deliver: that is the error to report, not the audio. */
function readFailure(source: AudioSource): Error | undefined {
  const failure = source.failure();
  if (!failure) return undefined;
  // AES-GCM refuses altered ciphertext: retrying reads the same bytes.
  if (/authenticate/i.test(failure.message)) {
    return new UnrecoverableError(`the stored recording failed its integrity check: ${failure.message}`);
  }
  return failure;
}

function voicedSeconds(features: object): number | undefined {
  const v = (features as { voiced_s?: unknown }).voiced_s;
  return typeof v === 'number' ? v : undefined;
}
