import { randomUUID } from 'node:crypto';
import { loadConfig } from '../lib/config.js';
import { issueToken } from '../lib/tokens.js';
import { burst, submit, type Client, type ThroughputResult } from './e2e.js';
import { costs, settledTransactions, sleep, snapshot, type Probe } from './measure.js';
import { spawnChild } from './proc.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// The naive program (bench/naive-web.ts + bench/naive-worker.ts) under the same burst as the engine's end-to-end
// run: analyses/s = analyses whose last stage wrote its row / (last such row − first analysis created).

/** The flow's root, run after every other stage: an analysis is complete when its job has written. */
const LAST_STAGE = BENCH_STAGE_NAMES[BENCH_STAGE_NAMES.length - 1]!;

export type NaiveResult = Omit<ThroughputResult, 'failed'>;

/** Analyses created since `since` whose last stage's job wrote its row; and the span from first created to last done. */
async function progress(probe: Probe, since: Date): Promise<{ completed: number; ms: number }> {
  const r = await probe.db.raw(
    `SELECT count(*) AS completed, extract(epoch FROM max(r.created_at) - min(a.created_at)) * 1000 AS ms
       FROM naive_analyses a JOIN naive_results r ON r.analysis_id = a.id AND r.stage = ?
      WHERE a.created_at >= ?`,
    [LAST_STAGE, since],
  );
  return { completed: Number(r.rows[0].completed), ms: Number(r.rows[0].ms ?? 0) };
}

async function open(probe: Probe): Promise<number> {
  const r = await probe.db.raw('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()');
  return Number(r.rows[0].n);
}

export async function runNaive(
  env: Record<string, string>,
  probe: Probe,
  o: { analyses: number; submitConcurrency: number; timeoutMs: number; users: number },
  nodeArgs: string[] = [],
): Promise<NaiveResult> {
  const { jwt } = loadConfig(env);
  // Tokens as the engine issues them; the naive web verifies them the same way (HS256, issuer, audience).
  const auths = Array.from(
    { length: o.users },
    () => `Bearer ${issueToken(jwt, { id: randomUUID(), role: 'user' }).access_token}`,
  );
  const web = spawnChild('naive-web.ts', env, nodeArgs);
  const worker = spawnChild('naive-worker.ts', env, nodeArgs);
  try {
    const [{ port }] = await Promise.all([web.ready, worker.ready]);
    const c: Client = { base: `http://127.0.0.1:${port as number}`, auths };
    const warm = new Date();
    await submit(c, 0); // warm the code paths (JIT, pools, queues) before measuring
    for (const end = Date.now() + 10_000; (await progress(probe, warm)).completed < 1 && Date.now() < end;)
      await sleep(50);
    const xactBefore = await settledTransactions(probe);
    const since = new Date();
    const before = await snapshot(probe, { web, worker });
    const t0 = Date.now();
    const sent = await burst(c, o);
    let peak = 0;
    let p = await progress(probe, since);
    while (p.completed < sent.submitted && Date.now() < t0 + o.timeoutMs) {
      peak = Math.max(peak, await open(probe));
      await sleep(200);
      p = await progress(probe, since);
    }
    const after = await snapshot(probe, { web, worker });
    const result: NaiveResult = {
      submitted: sent.submitted,
      completed: p.completed,
      peakConnections: peak,
      analysesPerSec: (p.completed * 1000) / Math.max(1, p.ms),
      submitPerSec: sent.submitPerSec,
      costs: costs(before, after, p.completed),
    };
    await Promise.all([web.stop(), worker.stop()]);
    result.costs.xactPerUnit = ((await settledTransactions(probe)) - xactBefore) / Math.max(1, p.completed);
    return result;
  } finally {
    await Promise.all([web.stop(), worker.stop()]);
  }
}
