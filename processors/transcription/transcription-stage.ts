import { readRecording } from '../../lib/audio/blob-store.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { analyseRecording, type FeatureExtractor } from './analyse-recording.js';
import { openAudioSource } from './audio-source.js';
import { ffmpegPaths } from './ffmpeg-paths.js';
import type { SplitOptions } from './pause-splitter.js';
import { saveResults, type StageResults } from './results.js';
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
  const { analysis, db, config, logger } = ctx;
  const recording = (await db('recordings')
    .where({ analysis_id: analysis.id })
    .first('id', 'size_bytes', 'erased_at')) as { id: string; size_bytes: string; erased_at: Date | null } | undefined;
  const results: StageResults = {
    analysis,
    transcription: clientTranscription(analysis, recording?.erased_at ? ERASED : NO_PROVIDER),
    retention: config.audio.retention,
  };
  if (recording?.erased_at) {
    // A re-run after the audio is gone must not replace what was measured while it existed.
    if (await db('transcriptions').where({ analysis_id: analysis.id }).first('id')) {
      logger.info('audio already erased: keeping the earlier transcription and features');
      return;
    }
  } else if (recording) {
    const openai = config.sttProvider === 'openai';
    const source = await openAudioSource(
      () => readRecording(db, config.audio.encryptionKey, recording.id),
      Number(recording.size_bytes),
    );
    const measured = await analyseRecording({
      source,
      paths: await ffmpegPaths(config.ffmpeg),
      extractor: opts.extractor,
      signal: ctx.signal,
      maxSeconds: config.audio.maxSeconds,
      transcriptWords: openai ? undefined : wordCount(analysis.client_transcript) || undefined,
      ...(openai ? { split: opts.split ?? DEFAULT_SPLIT } : {}),
    }).finally(() => source.close());
    const { probe, durationS, features, quality } = measured;
    results.recording = { id: recording.id, probe, durationS, features, quality };
    if (openai) {
      results.transcription = await speechToText(ctx, measured.pieces ?? []);
      results.recording.features = withWordsPerMin(features, wordCount(results.transcription.text));
    }
    logger.info(
      { duration_s: durationS, codec: probe.codec, pieces: measured.pieces?.length, quality_ok: quality.ok },
      'recording measured',
    );
  }
  await ctx.persist((trx) => saveResults(trx, results));
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

async function speechToText(ctx: StageContext, pieces: Parameters<typeof transcribeWithOpenAI>[0]) {
  try {
    return await transcribeWithOpenAI(pieces, {
      openai: ctx.config.openai,
      language: ctx.analysis.language,
      signal: ctx.signal,
    });
  } catch (err) {
    // A 429: BullMQ's rate limiter pauses the queue for Retry-After and puts the job back, attempt not spent.
    if (err instanceof SttRateLimitedError) throw await ctx.rateLimited(err.retryAfterMs);
    throw err;
  }
}
