import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import { z } from 'zod';
import type { Config } from '../../../lib/config.js';
import { segmentSchema } from '../../../lib/results/transcription.js';
import { withDeadline } from '../../openai-deadline.js';
import { ProviderUnavailableError, StageInputError } from '../../stage-errors.js';
import type { EncodedPiece } from '../encode.js';
import type { Segment, Transcription } from './transcript.js';
import { languageCode, sttPrompt } from './vocabulary.js';

/** The provider said "slow down": the stage hands this to BullMQ's rate limiter. */
export class SttRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`speech-to-text is rate limited; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'SttRateLimitedError';
  }
}

/** When a 429 names no time to wait. */
const DEFAULT_RETRY_AFTER_MS = 20_000;
const MAX_RETRY_AFTER_MS = 10 * 60_000;

const responseSchema = z.object({
  text: z.string(),
  language: z.string().optional(),
  segments: z.array(segmentSchema).optional(),
});

export interface SttOptions {
  openai: Config['openai'];
  language: 'auto' | 'en' | 'sw';
  signal: AbortSignal;
}

/**
 * Transcribes the pieces of one recording in order with the official SDK and stitches the segments back onto the
 * recording's timeline. The SDK does not retry (maxRetries 0): BullMQ owns retries, with backoff for 5xx and
 * timeouts and its rate limiter for 429.
 */
export async function transcribeWithOpenAI(pieces: EncodedPiece[], opts: SttOptions): Promise<Transcription> {
  if (!opts.openai.apiKey) {
    throw new ProviderUnavailableError(
      'openai',
      'Speech-to-text is not configured: STT_PROVIDER is openai but OPENAI_API_KEY is not set.',
    );
  }
  const client = new OpenAI({
    apiKey: opts.openai.apiKey,
    baseURL: opts.openai.baseUrl,
    timeout: opts.openai.timeoutMs,
    maxRetries: 0,
  });
  // The gpt-4o transcription models answer only plain json: no segment timestamps.
  const verbose = !opts.openai.sttModel.startsWith('gpt-');
  const texts: string[] = [];
  const segments: Segment[] = [];
  let detected: string | undefined;
  for (const [i, piece] of pieces.entries()) {
    const raw = await request(client, opts, verbose, piece, i, texts.join(' '));
    const parsed = responseSchema.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
    if (!parsed.success) {
      throw new Error(`speech-to-text returned a malformed response: ${z.prettifyError(parsed.error)}`);
    }
    const { text, language } = parsed.data;
    detected ??= language;
    if (text.trim()) texts.push(text.trim());
    const own = parsed.data.segments ?? (text.trim() ? [{ start: 0, end: piece.durationS, text }] : []);
    // Piece-relative times onto the recording's timeline.
    for (const s of own) {
      segments.push({
        ...s,
        text: s.text.trim(),
        start: round(s.start + piece.startS),
        end: round(s.end + piece.startS),
      });
    }
  }
  return {
    status: 'completed',
    provider: 'openai',
    language: opts.language === 'auto' ? languageCode(detected) : opts.language,
    text: texts.join(' '),
    segments,
    reason: null,
  };
}

async function request(
  client: OpenAI,
  opts: SttOptions,
  verbose: boolean,
  piece: EncodedPiece,
  index: number,
  before: string,
): Promise<unknown> {
  try {
    const file = await toFile(piece.audio, `piece-${index}.ogg`, { type: 'audio/ogg' });
    return await withDeadline(opts.signal, opts.openai.timeoutMs, (signal) =>
      client.audio.transcriptions.create(
        {
          file,
          model: opts.openai.sttModel,
          response_format: verbose ? 'verbose_json' : 'json',
          ...(verbose ? { timestamp_granularities: ['segment' as const] } : {}),
          ...(opts.language === 'auto' ? {} : { language: opts.language }),
          prompt: sttPrompt(before),
        },
        { signal },
      ),
    );
  } catch (err) {
    throw classify(err, opts.openai.timeoutMs);
  }
}

/** Provider failures as the stage wrapper understands them: retryable, rate limited, or final. The messages are ours
 * alone: a provider's error text or a parse error can quote the person's words (the prompt carries earlier pieces'),
 * and these messages reach logs, the job's failedReason in Redis and Bull Board, and the analysis's error. */
export function classify(err: unknown, timeoutMs: number): Error {
  if (err instanceof APIUserAbortError) return err;
  if (err instanceof APIConnectionTimeoutError) return new Error(`speech-to-text timed out after ${timeoutMs} ms`);
  if (err instanceof SyntaxError) return new Error('speech-to-text returned a malformed response');
  if (!(err instanceof APIError) || err.status === undefined) return new Error('speech-to-text unreachable');
  const { status } = err;
  const what = `speech-to-text answered HTTP ${status}`;
  // Quota exhausted is also a 429, but waiting a minute will not fix it: retry slowly, with backoff.
  if (status === 429 && err.code !== 'insufficient_quota') return new SttRateLimitedError(retryAfterMs(err.headers));
  if (status >= 500 || status === 408 || status === 409 || status === 429) return new Error(what);
  // The key is missing, wrong or lacks access: the operator's to fix, not the recording's fault.
  if (status === 401 || status === 403) {
    return new ProviderUnavailableError('openai', `Speech-to-text refused our credentials (${what}).`);
  }
  return new StageInputError('transcription_failed', `The recording could not be transcribed (${what}).`);
}

/** Retry-After in seconds or as an HTTP date, or OpenAI's retry-after-ms. */
export function retryAfterMs(headers: Headers | undefined): number {
  const ms = Number(headers?.get('retry-after-ms'));
  const header = headers?.get('retry-after');
  let wait = Number.isFinite(ms) && ms > 0 ? ms : undefined;
  if (wait === undefined && header) {
    const s = Number(header);
    wait = Number.isFinite(s) ? s * 1000 : Date.parse(header) - Date.now();
  }
  if (wait === undefined || !Number.isFinite(wait)) return DEFAULT_RETRY_AFTER_MS;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(1000, Math.round(wait)));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const round = (s: number) => Math.round(s * 1000) / 1000;
