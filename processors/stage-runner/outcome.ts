import { UnrecoverableError } from 'bullmq';
import { NoRetryError, ProviderUnavailableError } from '../stage-errors.js';

/** The abort reason the worker gives its running stages when it shuts down (they are handed back, not failed). */
export const SHUTDOWN_REASON = 'resona worker shutting down';

/** Why a stage's signal aborted: its own timeout, the worker shutting down, or an operator canceling the job. */
export type AbortCause = 'timeout' | 'shutdown' | 'canceled';

/** The analysis was canceled or deleted while the stage ran: nothing to write, nothing to retry. */
export class AnalysisGoneError extends Error {
  constructor(id: string) {
    super(`analysis ${id} was canceled`);
    this.name = 'AnalysisGoneError';
  }
}

/** What the wrapper does with a stage attempt that did not complete. */
export type Outcome =
  | { kind: 'rate_limited' }
  | { kind: 'gone' }
  | { kind: 'handed_back' }
  | { kind: 'failed'; code: string; message: string; retry: boolean; provider?: string };

/** Classifies a failed attempt; the abort cause wins over whatever error the aborted work threw. */
export function classify(err: unknown, cause: AbortCause | undefined, stage: string, timeoutMs: number): Outcome {
  if (cause === 'shutdown') return { kind: 'handed_back' };
  if (cause === 'timeout') {
    return {
      kind: 'failed',
      code: 'stage_timeout',
      message: `stage ${stage} timed out after ${timeoutMs} ms`,
      retry: true,
    };
  }
  if (cause === 'canceled') {
    return {
      kind: 'failed',
      code: 'stage_canceled',
      message: `stage ${stage} was canceled by an operator`,
      retry: false,
    };
  }
  if (err instanceof AnalysisGoneError) return { kind: 'gone' };
  if (err instanceof Error && err.name === 'RateLimitError') return { kind: 'rate_limited' };
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof ProviderUnavailableError) {
    return { kind: 'failed', code: err.code, message, retry: false, provider: err.provider };
  }
  if (err instanceof NoRetryError) return { kind: 'failed', code: err.code, message, retry: false };
  // BullMQ's own "do not retry", from library code that does not know our errors.
  if (err instanceof UnrecoverableError) return { kind: 'failed', code: 'stage_failed', message, retry: false };
  return { kind: 'failed', code: 'stage_failed', message, retry: true };
}
