import type { Redis } from 'ioredis';
import type { Knex } from '../lib/db.js';
import type { Child, ChildStats } from './proc.js';
import { committedTransactions, machineCpuMs, postgresCpuMs } from './system.js';
import { countQueries } from './proc.js';

// Counter snapshots around a phase: their difference says where the phase's CPU and database work went.

export interface Snapshot {
  at: number;
  children: Record<string, ChildStats>;
  postgresMs: number;
  redisMs: number;
  machine: { busy: number; kernel: number; total: number };
  clientMs: number;
  /** The server's WAL position in bytes: WAL is cluster-wide, but during a phase only the phase writes much. */
  walBytes: number;
}

export interface Probe {
  /** The orchestrator's own connection to the bench database (progress polling). */
  db: Knex;
  dbName: string;
  adminUrl: string;
  redis?: Redis;
  /** Statements the orchestrator itself sent to the bench database: each is one committed transaction. */
  own: ReturnType<typeof countQueries>;
}

/**
 * Transactions committed in the bench database. Backends report them lazily (up to 10 s) but always on
 * exit, so callers close every pool first; the probe's pool is recycled here and its own statements subtracted.
 */
export async function settledTransactions(probe: Probe): Promise<number> {
  await probe.db.destroy();
  probe.db.initialize();
  await sleep(300);
  return (await committedTransactions(probe.adminUrl, probe.dbName)) - probe.own.queries;
}

async function redisCpuMs(redis?: Redis): Promise<number> {
  if (!redis) return 0;
  const info = await redis.info('cpu');
  const get = (k: string) => Number(new RegExp(`^${k}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
  return (get('used_cpu_user') + get('used_cpu_sys')) * 1000;
}

export async function snapshot(probe: Probe, children: Record<string, Child>): Promise<Snapshot> {
  const entries = await Promise.all(Object.entries(children).map(async ([k, c]) => [k, await c.stats()] as const));
  const cpu = process.cpuUsage();
  const wal = await probe.db.raw(`SELECT (pg_current_wal_lsn() - '0/0')::bigint AS b`);
  return {
    at: Date.now(),
    children: Object.fromEntries(entries),
    postgresMs: postgresCpuMs(probe.dbName),
    redisMs: await redisCpuMs(probe.redis),
    machine: machineCpuMs(),
    clientMs: (cpu.user + cpu.system) / 1000,
    walBytes: Number(wal.rows[0].b),
  };
}

/** Per-unit costs between two snapshots: CPU ms by process, statements and transactions. */
export interface Costs {
  wallMs: number;
  units: number;
  cpuMsPerUnit: Record<string, number>;
  statementsPerUnit: Record<string, number>;
  roundTripMsPerUnit: Record<string, number>;
  /** Set by the caller from settledTransactions() around the phase. */
  xactPerUnit?: number;
  /** WAL written per unit, full-page images included: what each commit has to flush. */
  walKbPerUnit: number;
  machineBusyPct: number;
  /** Share of the busy time spent in the kernel: system calls, loopback TCP, context switches. */
  kernelPct: number;
  /** CPU busy time not accounted to the bench's own processes (other work on the machine). */
  otherCpuMsPerSec: number;
}

export function costs(a: Snapshot, b: Snapshot, units: number): Costs {
  const per = (v: number) => (units > 0 ? v / units : 0);
  const cpu: Record<string, number> = {};
  const statements: Record<string, number> = {};
  const roundTrips: Record<string, number> = {};
  let ours = 0;
  for (const [name, end] of Object.entries(b.children)) {
    const start = a.children[name]!;
    const ms = (end.cpuUs - start.cpuUs) / 1000;
    ours += ms;
    cpu[name] = per(ms);
    statements[name] = per(end.queries - start.queries);
    roundTrips[name] = per(end.queryMs - start.queryMs);
  }
  cpu.postgres = per(b.postgresMs - a.postgresMs);
  cpu.redis = per(b.redisMs - a.redisMs);
  cpu.client = per(b.clientMs - a.clientMs);
  ours += b.postgresMs - a.postgresMs + (b.redisMs - a.redisMs) + (b.clientMs - a.clientMs);
  const busy = b.machine.busy - a.machine.busy;
  const wallMs = b.at - a.at;
  return {
    wallMs,
    units,
    cpuMsPerUnit: cpu,
    statementsPerUnit: statements,
    roundTripMsPerUnit: roundTrips,
    walKbPerUnit: per((b.walBytes - a.walBytes) / 1024),
    machineBusyPct: (100 * busy) / Math.max(1, b.machine.total - a.machine.total),
    kernelPct: (100 * (b.machine.kernel - a.machine.kernel)) / Math.max(1, busy),
    otherCpuMsPerSec: Math.max(0, (busy - ours) / (wallMs / 1000)),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (values: number[]) =>
  percentile(
    [...values].sort((x, y) => x - y),
    50,
  );

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
