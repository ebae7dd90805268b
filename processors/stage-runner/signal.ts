import { SHUTDOWN_REASON, type AbortCause } from './outcome.js';

// How a stage attempt ends early: its own timeout or the worker's cancellation, as one abort.

export interface StageAbort {
  /** Rejects with the abort's reason when the attempt times out or the worker cancels it: raced against the stage. */
  ended: Promise<never>;
  /** The signal the stage runs under, made when the stage first asks (most stages never do). */
  readonly signal: AbortSignal;
  /** Throws the abort's reason once the attempt has been aborted: nothing may commit after that. */
  throwIfAborted(): void;
  /** Which of the two fired, if any. */
  cause(): AbortCause | undefined;
  /** Stops the timer and the worker's listener once the attempt has ended. */
  clear(): void;
}

/**
 * One plain timer and one listener on the worker's signal: an AbortController (and listeners on it) per job cost
 * more than most stages' own work, so the controller is made only for a stage that reads `signal`.
 */
export function stageAbort(ms: number, worker?: AbortSignal): StageAbort {
  let aborted = false;
  let timedOut = false;
  let reason: unknown;
  let controller: AbortController | undefined;
  let reject!: (err: unknown) => void;
  const ended = new Promise<never>((_, r) => (reject = r));
  // Handled by the race; this keeps an abort that lands after the race settled from counting as unhandled.
  ended.catch(() => undefined);
  const abort = (why: unknown) => {
    if (aborted) return;
    aborted = true;
    reason = why;
    controller?.abort(why);
    reject(why);
  };
  const timer = setTimeout(() => {
    timedOut = !aborted;
    abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  const onWorker = () => abort(worker?.reason);
  if (worker?.aborted) onWorker();
  else worker?.addEventListener('abort', onWorker, { once: true });
  return {
    ended,
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (aborted) controller.abort(reason);
      }
      return controller.signal;
    },
    throwIfAborted() {
      if (aborted) throw reason;
    },
    cause() {
      if (timedOut) return 'timeout';
      if (!worker?.aborted) return undefined;
      return worker.reason === SHUTDOWN_REASON ? 'shutdown' : 'canceled';
    },
    clear() {
      clearTimeout(timer);
      worker?.removeEventListener('abort', onWorker);
    },
  };
}
