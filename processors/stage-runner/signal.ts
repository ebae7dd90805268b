// The signal a stage attempt runs under, and the race that ends the attempt when it aborts.

/**
 * The stage's timeout and the signal it runs under (the timeout or the worker's cancellation), with a plain timer
 * that is cleared when the attempt ends: AbortSignal.timeout and AbortSignal.any cost more per job and keep timers.
 */
export function stageSignal(ms: number, worker?: AbortSignal) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  if (!worker) return { timeout: timeout.signal, signal: timeout.signal, clear: () => clearTimeout(timer) };
  const either = new AbortController();
  const onTimeout = () => either.abort(timeout.signal.reason);
  const onWorker = () => either.abort(worker.reason);
  timeout.signal.addEventListener('abort', onTimeout, { once: true });
  if (worker.aborted) onWorker();
  else worker.addEventListener('abort', onWorker, { once: true });
  const clear = () => {
    clearTimeout(timer);
    worker.removeEventListener('abort', onWorker);
  };
  return { timeout: timeout.signal, signal: either.signal, clear };
}

export function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason as Error);
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
