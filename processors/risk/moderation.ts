import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Config } from '../../lib/config.js';
import { retryAfterMs } from '../transcription/stt/openai.js';
import type { RiskFactor } from './combine.js';

// OpenAI moderation as one more risk layer (issue 11 item 2): the self-harm, self-harm/intent and
// self-harm/instructions scores of the redacted words, each a factor that can only raise the score. Weights: intent
// counts most (up to 0.9, critical only with near-certain intent), self-harm up to 0.6, asking for instructions up
// to 0.5; scores under 0.2 add nothing.

export class ModerationRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`moderation is rate limited; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'ModerationRateLimitedError';
  }
}

/** Anything else: the stage grades with the local layers and says so. */
export class ModerationUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ModerationUnavailableError';
  }
}

const LAYERS = [
  { category: 'self-harm/intent', code: 'self_harm_intent', most: 0.9 },
  { category: 'self-harm', code: 'self_harm', most: 0.6 },
  { category: 'self-harm/instructions', code: 'self_harm_instructions', most: 0.5 },
] as const;
const FLOOR = 0.2;

export async function moderationFactors(
  redactedText: string,
  openai: Config['openai'],
  signal: AbortSignal,
): Promise<RiskFactor[]> {
  if (!openai.apiKey) throw new ModerationUnavailableError('OPENAI_API_KEY is not set');
  const client = new OpenAI({
    apiKey: openai.apiKey,
    baseURL: openai.baseUrl,
    timeout: openai.timeoutMs,
    maxRetries: 0,
  });
  let scores: Record<string, number>;
  try {
    const res = await client.moderations.create({ model: openai.moderationModel, input: redactedText }, { signal });
    scores = (res.results[0]?.category_scores ?? {}) as unknown as Record<string, number>;
  } catch (err) {
    if (err instanceof APIUserAbortError) throw err;
    if (err instanceof APIConnectionTimeoutError)
      throw new ModerationUnavailableError(`no answer within ${openai.timeoutMs} ms`);
    if (!(err instanceof APIError) || err.status === undefined)
      throw new ModerationUnavailableError('provider unreachable');
    if (err.status === 429 && err.code !== 'insufficient_quota')
      throw new ModerationRateLimitedError(retryAfterMs(err.headers));
    throw new ModerationUnavailableError(`provider answered HTTP ${err.status}`);
  }
  const out: RiskFactor[] = [];
  for (const l of LAYERS) {
    const s = scores[l.category];
    if (typeof s !== 'number' || !Number.isFinite(s) || s < FLOOR) continue;
    out.push({ layer: 'moderation', code: l.code, weight: Math.round(l.most * Math.min(1, s) * 1000) / 1000 });
  }
  return out;
}
