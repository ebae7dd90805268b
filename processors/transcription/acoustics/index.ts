// Acoustic features of a recording (DESIGN §7): Praat-compatible F0, jitter, shimmer and HNR plus eGeMAPS-style
// loudness, spectral, temporal and quality figures, computed in one streaming pass on a pooled worker thread.
import type { FromWorker, ToWorker } from './protocol.js';
import { acquireThread, releaseThread } from './thread-pool.js';
import type { AcousticFeatures } from './types.js';

export type { AcousticFeatures, QualityLimits, QualityVerdict } from './types.js';
export { DEFAULT_QUALITY, quality } from './quality.js';
export { drainThreads as drainAcousticThreads, prewarmThreads as prewarmAcoustics } from './thread-pool.js';

export interface ExtractOptions {
  /** Word count of a transcript, if there is one: gives words_per_min. */
  transcriptWords?: number;
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Filled in: how long this job waited for a ready thread (0 from the warm pool). */
  timings?: { threadStartMs?: number; warmThread?: boolean };
}

const HIGH_WATER = 4 * 1024 * 1024; // bytes sent but not yet analysed before the sender waits

/**
 * Analyses raw 16 kHz mono s16le PCM (as `ffmpeg -f s16le -ac 1 -ar 16000` emits it; chunks of any size).
 * Memory stays bounded whatever the duration; the computation runs on a worker thread from a warm pool.
 */
export function extractAcousticFeatures(
  pcm: AsyncIterable<Buffer>,
  opts: ExtractOptions = {},
): Promise<AcousticFeatures> {
  const { signal, transcriptWords, timings } = opts;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const lease = acquireThread();
  const { worker } = lease;
  if (timings) {
    const asked = performance.now();
    timings.warmThread = lease.warm;
    void lease.ready.then(() => (timings.threadStartMs = lease.warm ? 0 : performance.now() - asked));
  }
  return new Promise<AcousticFeatures>((resolve, reject) => {
    let settled = false;
    let inflight = 0;
    let wake: (() => void) | undefined;
    const finish = (err: unknown, features?: AcousticFeatures) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      wake?.();
      // Only a thread that finished its job cleanly serves another; an aborted or failed one is ended.
      releaseThread(lease, features !== undefined);
      if (features) resolve(features);
      else reject(err);
    };
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    const onMessage = (message: FromWorker) => {
      if (message.type === 'ack') {
        inflight -= message.bytes;
        wake?.();
      } else if (message.type === 'result') finish(undefined, message.features);
      else if (message.type === 'error') finish(new Error(`acoustic analysis failed: ${message.message}`));
    };
    const onError = (err: Error) => finish(err);
    const onExit = (code: number) => finish(new Error(`acoustic analysis worker exited (code ${code})`));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const post = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
    void (async () => {
      try {
        for await (const chunk of pcm) {
          if (settled) break;
          if (chunk.length === 0) continue;
          // Copy into a buffer of our own: the caller's chunk may share a pooled ArrayBuffer.
          const copy = new Uint8Array(chunk.length);
          copy.set(chunk);
          inflight += copy.byteLength;
          post({ type: 'chunk', buffer: copy.buffer }, [copy.buffer]);
          while (inflight > HIGH_WATER && !settled) await new Promise<void>((r) => (wake = r));
          wake = undefined;
        }
        if (!settled) post({ type: 'end', transcriptWords });
      } catch (err) {
        finish(err);
      }
    })();
  });
}
