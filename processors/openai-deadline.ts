import { APIConnectionTimeoutError } from 'openai';

/** Runs a provider call under OPENAI_TIMEOUT_MS from start to its last byte: the SDK's own timer stops once headers
 * arrive, so a provider that stalls mid-body would otherwise hold the stage until its own timeout. A deadline hit is
 * thrown as the SDK's timeout error, so each caller reads it as it reads any other timeout. */
export async function withDeadline<T>(
  signal: AbortSignal,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    return await call(AbortSignal.any([signal, deadline]));
  } catch (err) {
    if (deadline.aborted && !signal.aborted) throw new APIConnectionTimeoutError();
    throw err;
  }
}
