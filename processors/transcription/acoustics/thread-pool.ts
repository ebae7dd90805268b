import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker } from './protocol.js';

/**
 * Analysis threads kept warm between jobs. Starting one costs tens of ms (hundreds under tsx, which compiles the
 * analysis code again in every thread), and its first analyses run unoptimised code several times slower: a
 * pooled thread pays both once. Idle threads never keep the process alive.
 */
export const POOL_SIZE = Math.max(1, availableParallelism());

export interface Lease {
  worker: Worker;
  /** The thread had started before this job. */
  warm: boolean;
  /** Resolves once the thread has loaded the analysis code. */
  ready: Promise<void>;
}

type Thread = Omit<Lease, 'warm'>;
const idle: Thread[] = [];

/** The worker file sits next to this module with the same extension (.ts under tsx, .js in dist/). */
function startThread(): Thread {
  const here = import.meta.url;
  let worker: Worker;
  if (here.endsWith('.ts')) {
    // A worker does not inherit tsx's loader, and on Node 20 `execArgv: ['--import', 'tsx']` takes effect too
    // late for the worker's own entry; so a bootstrap registers tsx (its ESM API) and then imports the entry.
    const entry = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(tsxApi(here))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    worker = new Worker(code, { eval: true });
  } else worker = new Worker(new URL('./worker.js', here));
  const ready = new Promise<void>((resolve) => {
    const onReady = (m: FromWorker) => m.type === 'ready' && (worker.off('message', onReady), resolve());
    worker.on('message', onReady);
  });
  const thread: Thread = { worker, ready };
  // A thread that dies while idle leaves the pool; one that dies during a job fails that job (index.ts).
  worker.on('error', () => {});
  worker.once('exit', () => {
    const at = idle.findIndex((t) => t.worker === worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return thread;
}

/** URL of tsx's ESM API module (its package "exports" map names it). */
function tsxApi(from: string): string {
  const pkgFile = createRequire(from).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

/** A thread for one job: an idle one, or a new one. */
export function acquireThread(): Lease {
  const thread = idle.pop();
  thread?.worker.ref();
  return thread ? { ...thread, warm: true } : { ...startThread(), warm: false };
}

/** Back to the pool after a job that ended well; others are ended, their state is not trusted. */
export function releaseThread(lease: Lease, healthy: boolean): void {
  if (healthy && idle.length < POOL_SIZE) {
    lease.worker.unref();
    idle.push({ worker: lease.worker, ready: lease.ready });
  } else void lease.worker.terminate();
}

/** Starts threads up to the pool's size ahead of the first job (a worker can call it at boot). */
export function prewarmThreads(): void {
  while (idle.length < POOL_SIZE) {
    const thread = startThread();
    thread.worker.unref();
    idle.push(thread);
  }
}

/** Ends the idle threads (tests). */
export async function drainThreads(): Promise<void> {
  await Promise.all(idle.splice(0).map((l) => l.worker.terminate()));
}
