import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Config } from '../lib/config.js';
import { retryAfterMs } from './transcription/stt/openai.js';

// What the stages that call OpenAI and fall back to local work share (text emotion, moderation): one client setup
// and one reading of its failures. Speech-to-text reads its failures its own way (a bad key fails its analysis).

/** The provider said "slow down": the stage hands this to BullMQ's rate limiter. */
export class ProviderRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`the provider is rate limited; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'ProviderRateLimitedError';
  }
}

/**
 * Anything else that went wrong: the stage uses its local layers instead and records `reason`. `misconfigured`: the
 * provider cannot be used as configured (no key, 401/403, no quota), which operators must see, not just a slow day.
 */
export class ProviderFallbackError extends Error {
  constructor(
    readonly reason: string,
    readonly misconfigured = false,
  ) {
    super(reason);
    this.name = 'ProviderFallbackError';
  }
}

/** A client without the SDK's own retries: the queue retries, and a slow provider must not outlast the stage. */
export function openAiClient(openai: Config['openai']): OpenAI {
  if (!openai.apiKey) throw new ProviderFallbackError('OPENAI_API_KEY is not set', true);
  return new OpenAI({ apiKey: openai.apiKey, baseURL: openai.baseUrl, timeout: openai.timeoutMs, maxRetries: 0 });
}

/** A failed call as the stage acts on it; our own signal's abort (timeout, shutdown) passes through unchanged. */
export function providerFailure(err: unknown, timeoutMs: number): Error {
  if (err instanceof APIUserAbortError) return err;
  if (err instanceof APIConnectionTimeoutError) return new ProviderFallbackError(`no answer within ${timeoutMs} ms`);
  if (!(err instanceof APIError) || err.status === undefined) return new ProviderFallbackError('provider unreachable');
  if (err.status === 429 && err.code !== 'insufficient_quota')
    return new ProviderRateLimitedError(retryAfterMs(err.headers));
  const misconfigured = err.status === 401 || err.status === 403 || err.code === 'insufficient_quota';
  return new ProviderFallbackError(`provider answered HTTP ${err.status}`, misconfigured);
}
