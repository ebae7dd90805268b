import type { Logger } from './logger.js';

/**
 * Runs `fn` every `everyMs` (and at once with `atStart`), one run at a time, logging a failed run and trying again
 * at the next tick. The timer does not keep the process alive; `stop()` waits for a run in flight.
 */
export function runPeriodically(
  what: string,
  everyMs: number,
  logger: Logger,
  fn: () => Promise<void>,
  { atStart = false } = {},
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= fn()
      .catch((err: unknown) => logger.warn({ err: (err as Error).message }, `${what} failed; will retry`))
      .finally(() => (running = undefined));
  };
  if (atStart) tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
