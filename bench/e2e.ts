import type { Knex } from '../lib/db.js';
import { costs, percentile, median, settledTransactions, sleep, snapshot, type Costs, type Probe } from './measure.js';
import { spawnChild, type Child } from './proc.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// End to end through the HTTP API: a burst for throughput, then a steady offered load for latency.

export interface ThroughputResult {
  submitted: number;
  completed: number;
  failed: number;
  /** Most connections the run's database had open at once (web + worker + this process). */
  peakConnections: number;
  analysesPerSec: number;
  submitPerSec: number;
  costs: Costs;
}

export interface LatencyResult {
  ratePerSec: number;
  count: number;
  p50: number;
  p99: number;
  /** Median ms of each leg of one analysis. */
  legs: Record<string, number>;
}

export type Client = { base: string; auths: string[] };

const TRANSCRIPTS = ['Niko sawa, just tired', 'Nimechoka sana leo, work was heavy', 'I feel calm today, asante'];

/** One text-only submission (multipart `transcript`), as the API and the naive program both take it. */
export async function submit(c: Client, i: number): Promise<string> {
  const form = new FormData();
  form.append('transcript', `${TRANSCRIPTS[i % TRANSCRIPTS.length]} (${i})`);
  const res = await fetch(`${c.base}/v1/analyses`, {
    method: 'POST',
    headers: { authorization: c.auths[i % c.auths.length]! },
    body: form,
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 202 || !body.id) throw new Error(`submit answered ${res.status}: ${JSON.stringify(body)}`);
  return body.id;
}

export async function register(base: string, n: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const res = await fetch(`${base}/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `bench${i}@example.org`, password: 'bench-password-1', consent_version: '1' }),
      });
      if (res.status !== 201) throw new Error(`register answered ${res.status}`);
      return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
    }),
  );
}

/** Waits until no analysis created since `since` is queued or processing; also samples open connections. */
async function settle(db: Knex, since: Date, deadline: number): Promise<{ open: number; peak: number }> {
  let peak = 0;
  for (;;) {
    const [row] = await db('analyses')
      .where('created_at', '>=', since)
      .whereIn('status', ['queued', 'processing'])
      .count<{ n: string }[]>({ n: '*' });
    const conns = await db.raw('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()');
    peak = Math.max(peak, Number(conns.rows[0].n));
    const open = Number(row?.n ?? 0);
    if (open === 0 || Date.now() > deadline) return { open, peak };
    await sleep(200);
  }
}

/** The burst load: `o.analyses` submissions from `o.submitConcurrency` submitters; returns how many and how fast. */
export async function burst(c: Client, o: Pick<E2eOptions, 'analyses' | 'submitConcurrency' | 'timeoutMs'>) {
  const submitDeadline = Date.now() + o.timeoutMs / 2;
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: o.submitConcurrency }, async () => {
      while (next < o.analyses && Date.now() < submitDeadline) await submit(c, next++);
    }),
  );
  return { submitted: next, submitPerSec: (next * 1000) / (Date.now() - t0) };
}

async function throughput(c: Client, probe: Probe, kids: Record<string, Child>, o: E2eOptions) {
  const since = new Date();
  const before = await snapshot(probe, kids);
  const t0 = Date.now();
  const sent = await burst(c, o);
  const { peak } = await settle(probe.db, since, t0 + o.timeoutMs);
  const after = await snapshot(probe, kids);
  const [row] = await probe
    .db('analyses')
    .where('created_at', '>=', since)
    .select(
      probe.db.raw(`count(*) FILTER (WHERE status = 'completed') AS completed`),
      probe.db.raw(`count(*) FILTER (WHERE status = 'failed') AS failed`),
      probe.db.raw(`extract(epoch FROM max(completed_at) - min(created_at)) * 1000 AS ms`),
    );
  const completed = Number(row.completed);
  return {
    submitted: sent.submitted,
    completed,
    failed: Number(row.failed),
    peakConnections: peak,
    analysesPerSec: (completed * 1000) / Math.max(1, Number(row.ms)),
    submitPerSec: sent.submitPerSec,
    costs: costs(before, after, completed),
  };
}

type StageTimes = Record<string, { started_at: string; completed_at: string }>;

async function latency(c: Client, probe: Probe, rate: number, o: E2eOptions): Promise<LatencyResult> {
  const count = Math.max(20, Math.min(600, Math.round(rate * o.latencySeconds)));
  const since = new Date();
  const t0 = Date.now() + 50;
  const sent = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      // Open loop: each submission leaves at its slot whatever the others are doing.
      await sleep(t0 + (i * 1000) / rate - Date.now());
      const at = Date.now();
      const id = await submit(c, 100_000 + i);
      return { id, at, accepted: Date.now() };
    }),
  );
  await settle(probe.db, since, Date.now() + o.timeoutMs);
  const rows = (await probe
    .db('analyses')
    .whereIn(
      'id',
      sent.map((s) => s.id),
    )
    .select('id', 'status', 'created_at', 'completed_at', 'stages')) as Array<{
    id: string;
    status: string;
    completed_at: Date | null;
    stages: StageTimes;
  }>;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const totals: number[] = [];
  const legs: Record<string, number[]> = { 'HTTP submit (202)': [], 'accept → 1st stage starts': [] };
  const BODIES = `stage bodies (Σ${BENCH_STAGE_NAMES.length})`;
  const HANDS = `hand-offs between stages (Σ${BENCH_STAGE_NAMES.length - 1})`;
  legs[BODIES] = [];
  legs[HANDS] = [];
  for (const s of sent) {
    const r = byId.get(s.id);
    if (!r || r.status !== 'completed' || !r.completed_at) continue;
    const t = (name: string, k: 'started_at' | 'completed_at') => Date.parse(r.stages[name]![k]);
    totals.push(r.completed_at.getTime() - s.at);
    legs['HTTP submit (202)']!.push(s.accepted - s.at);
    legs['accept → 1st stage starts']!.push(t(BENCH_STAGE_NAMES[0], 'started_at') - s.accepted);
    let body = 0;
    let hand = 0;
    BENCH_STAGE_NAMES.forEach((n, i) => {
      body += t(n, 'completed_at') - t(n, 'started_at');
      if (i > 0) hand += t(n, 'started_at') - t(BENCH_STAGE_NAMES[i - 1]!, 'completed_at');
    });
    legs[BODIES]!.push(body);
    legs[HANDS]!.push(hand);
  }
  totals.sort((a, b) => a - b);
  return {
    ratePerSec: rate,
    count: totals.length,
    p50: percentile(totals, 50),
    p99: percentile(totals, 99),
    legs: Object.fromEntries(Object.entries(legs).map(([k, v]) => [k, median(v)])),
  };
}

export interface E2eOptions {
  analyses: number;
  submitConcurrency: number;
  timeoutMs: number;
  latencySeconds: number;
  /** Offered load for the latency phase as a fraction of the measured throughput. */
  latencyLoad: number;
  users: number;
}

export async function runE2e(env: Record<string, string>, probe: Probe, o: E2eOptions, nodeArgs: string[] = []) {
  const web = spawnChild('web.ts', env, nodeArgs);
  const worker = spawnChild('worker.ts', env, nodeArgs);
  try {
    const [{ port }] = await Promise.all([web.ready, worker.ready]);
    const base = `http://127.0.0.1:${port as number}`;
    const client: Client = { base, auths: await register(base, o.users) };
    await submit(client, 0); // warm the code paths (JIT, pools, queues) before measuring
    await settle(probe.db, new Date(0), Date.now() + 10_000);
    const xactBefore = await settledTransactions(probe);
    const tp: ThroughputResult = await throughput(client, probe, { web, worker }, o);
    const rate = Math.max(2, Math.round(tp.analysesPerSec * o.latencyLoad * 10) / 10);
    const lat = await latency(client, probe, rate, o);
    await Promise.all([web.stop(), worker.stop()]);
    // Both phases' analyses: relay polls and other idle chatter add a little.
    tp.costs.xactPerUnit = ((await settledTransactions(probe)) - xactBefore) / (tp.completed + lat.count);
    return { throughput: tp, latency: lat };
  } finally {
    await Promise.all([web.stop(), worker.stop()]);
  }
}
