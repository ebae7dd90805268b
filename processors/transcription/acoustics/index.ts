// Acoustic features of a recording (DESIGN §7): Praat-compatible F0, jitter, shimmer and HNR plus eGeMAPS-style
// loudness, spectral, temporal and quality figures, computed in one streaming pass on a worker thread.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol.js';
import type { AcousticFeatures } from './types.js';

export type { AcousticFeatures, QualityLimits, QualityVerdict } from './types.js';
export { DEFAULT_QUALITY, quality } from './quality.js';

export interface ExtractOptions {
  /** Word count of a transcript, if there is one: gives words_per_min. */
  transcriptWords?: number;
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

const HIGH_WATER = 4 * 1024 * 1024; // bytes sent but not yet analysed before the sender waits

/** The worker file sits next to this module with the same extension (.ts under tsx, .js in dist/). */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // A worker does not inherit tsx's loader, and on Node 20 `execArgv: ['--import', 'tsx']` takes effect too
    // late for the worker's own entry; so a bootstrap registers tsx (its ESM API) and then imports the entry.
    const entry = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(tsxApi(here))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true });
  }
  return new Worker(new URL('./worker.js', here));
}

/** URL of tsx's ESM API module (its package "exports" map names it). */
function tsxApi(from: string): string {
  const pkgFile = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * Analyses raw 16 kHz mono s16le PCM (as `ffmpeg -f s16le -ac 1 -ar 16000` emits it; chunks of any size).
 * Memory stays bounded whatever the duration; the computation runs on a worker thread.
 */
export function extractAcousticFeatures(
  pcm: AsyncIterable<Buffer>,
  opts: ExtractOptions = {},
): Promise<AcousticFeatures> {
  const { signal, transcriptWords } = opts;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = startWorker();
  return new Promise<AcousticFeatures>((resolve, reject) => {
    let settled = false;
    let inflight = 0;
    let wake: (() => void) | undefined;
    const finish = (err: unknown, features?: AcousticFeatures) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      wake?.();
      void worker.terminate();
      if (features) resolve(features);
      else reject(err);
    };
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ack') {
        inflight -= message.bytes;
        wake?.();
      } else if (message.type === 'result') finish(undefined, message.features);
      else finish(new Error(`acoustic analysis failed: ${message.message}`));
    });
    worker.on('error', (err) => finish(err));
    worker.on('exit', (code) => finish(new Error(`acoustic analysis worker exited (code ${code})`)));
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
