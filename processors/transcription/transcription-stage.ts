import type { Acoustics, RecordingInfo } from '../../lib/results/index.js';
import type { AnalysisRow } from '../../lib/analyses/states.js';
import type { StageContext, StageDefinition, StageRecording } from '../stage.js';
import { decodeMeasured, encodeMeasured } from './measured-checkpoint.js';
import { analyseRecording, type FeatureExtractor } from './analyse-recording.js';
import { openAudioSource } from './audio-source.js';
import { decodingFfmpeg } from './ffmpeg-check.js';
import type { SplitOptions } from './pause-splitter.js';
import { SttRateLimitedError, transcribeWithOpenAI } from './stt/openai.js';
import { clientTranscription, wordCount } from './stt/transcript.js';

/** Pieces of up to 10 minutes: about 2.4 MB of Ogg/Opus each, far under the provider's 25 MB. */
export const DEFAULT_SPLIT: SplitOptions = { maxPieceS: 600, lookbackS: 30 };

const NO_PROVIDER =
  'No speech-to-text provider is configured (set OPENAI_API_KEY, or STT_PROVIDER=openai) and no transcript was sent.';
const ERASED = 'The audio was erased before it could be transcribed, and no transcript was sent.';

export interface TranscriptionStageOptions<F extends object> {
  extractor: FeatureExtractor<F>;
  split?: SplitOptions;
}

/**
 * The first stage (DESIGN §6): the only one that reads the audio. Decrypts the recording in memory, decodes it
 * once for the acoustic features and (with a provider) speech-to-text, and writes transcript, features, recording
 * metadata and, by default, the erasure of the audio in one transaction. Text-only analyses get the client's text.
 */
export function createTranscriptionStage<F extends object>(opts: TranscriptionStageOptions<F>): StageDefinition {
  return {
    name: 'transcription',
    timeoutMs: 10 * 60_000,
    // Decoding and feature extraction keep a core busy each.
    concurrency: 2,
    run: (ctx) => run(ctx, opts),
  };
}

async function run<F extends object>(ctx: StageContext, opts: TranscriptionStageOptions<F>): Promise<void> {
  const { config, logger } = ctx;
  const analysis = await ctx.analysis();
  const recording = await ctx.recording();
  if (recording?.erased) {
    // A re-run after the audio is gone must not replace what was measured while it existed.
    if (await ctx.results.read('transcription')) {
      logger.info('audio already erased: keeping the earlier transcription and features');
      return;
    }
    ctx.results.write('transcription', clientTranscription(analysis, ERASED));
    return;
  }
  if (!recording) {
    ctx.results.write('transcription', clientTranscription(analysis, NO_PROVIDER));
    return;
  }
  const openai = config.sttProvider === 'openai';
  // After a provider's 429 the measurements wait in a checkpoint: no second decryption, decoding or extraction.
  const saved = openai ? decodeMeasured<F>((await ctx.checkpoint.load()) ?? Buffer.alloc(0)) : undefined;
  const measured = saved ?? (await measure(ctx, opts, recording, analysis, openai));
  const { probe, durationS, quality } = measured;
  const transcription = openai
    ? await speechToText(ctx, measured.pieces ?? [], saved ? undefined : () => encodeMeasured(measured))
    : clientTranscription(analysis, NO_PROVIDER);
  const features = openai ? withWordsPerMin(measured.features, wordCount(transcription.text)) : measured.features;
  logger.info(
    { duration_s: durationS, codec: probe.codec, pieces: measured.pieces?.length, quality_ok: quality.ok },
    'recording measured',
  );
  // result.acoustics: the extractor's figures, and whether they are good enough for later stages to use.
  const acoustics = { ...features, quality_ok: quality.ok, quality_reasons: quality.reasons } as Acoustics;
  const info: RecordingInfo = {
    duration_s: durationS,
    sample_rate_hz: probe.sampleRateHz ?? null,
    channels: probe.channels ?? null,
    codec: probe.codec?.slice(0, 64) ?? null,
    audio: config.audio.retention === 'after_transcription' ? 'erased' : 'kept',
  };
  ctx.results.write('transcription', transcription);
  ctx.results.write('acoustics', acoustics);
  ctx.results.write('recording', info);
}

/**
 * The provider's text arrives after the single decoding pass the extractor reads, so its words-per-minute is
 * filled in here, as the extractor defines it: transcript words per minute of speaking time.
 */
function withWordsPerMin(features: object, words: number): object {
  const f = features as { words_per_min?: unknown; speaking_s?: unknown };
  if (f.words_per_min !== null || typeof f.speaking_s !== 'number' || f.speaking_s <= 0 || words === 0) return features;
  return { ...features, words_per_min: words / (f.speaking_s / 60) };
}

async function speechToText(
  ctx: StageContext,
  pieces: Parameters<typeof transcribeWithOpenAI>[0],
  checkpoint?: () => Buffer,
) {
  try {
    return await transcribeWithOpenAI(pieces, {
      openai: ctx.config.openai,
      language: (await ctx.analysis()).language,
      signal: ctx.signal,
    });
  } catch (err) {
    if (!(err instanceof SttRateLimitedError)) throw err;
    // A 429: BullMQ's rate limiter pauses the queue for Retry-After and puts the job back, attempt not spent.
    if (checkpoint) await ctx.checkpoint.save(checkpoint());
    throw await ctx.rateLimited(err.retryAfterMs);
  }
}

/** Decrypts, decodes and measures the recording once (and cuts the pieces for speech-to-text). */
async function measure<F extends object>(
  ctx: StageContext,
  opts: TranscriptionStageOptions<F>,
  recording: StageRecording,
  analysis: AnalysisRow,
  openai: boolean,
) {
  const { config, logger } = ctx;
  const paths = await decodingFfmpeg(config.ffmpeg, logger);
  const source = openAudioSource(() => recording.read());
  return analyseRecording({
    source,
    paths,
    extractor: opts.extractor,
    signal: ctx.signal,
    maxSeconds: config.audio.maxSeconds,
    transcriptWords: openai ? undefined : wordCount(analysis.client_transcript) || undefined,
    ...(openai ? { split: opts.split ?? DEFAULT_SPLIT } : {}),
  }).finally(() => source.close());
}
