import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { createKnex, migrateLatest, type Knex } from '../lib/db.js';

// The run's own database and the machine-level counters that show where CPU time goes.

export interface BenchDatabase {
  name: string;
  url: string;
  db: Knex;
  drop(): Promise<void>;
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh, migrated database beside the admin one, plus the naive program's two tables (bench/naive-web.ts). */
export async function createBenchDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `resona_bench_${label}_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = createKnex(url);
  await migrateLatest(db);
  await db.schema.createTable('naive_analyses', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.uuid('user_id').notNullable();
    t.text('transcript');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('naive_results', (t) => {
    t.bigIncrements('id');
    t.uuid('analysis_id').notNullable();
    t.string('stage', 32).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  // Each phase starts just after a checkpoint, so none pays for a timed one (and its full-page writes) by chance.
  await admin(adminUrl, (c) => c.query('CHECKPOINT')).catch(() => undefined);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.destroy();
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Server version strings for the header. */
export async function postgresVersion(db: Knex): Promise<string> {
  const r = await db.raw('SHOW server_version');
  return String(r.rows[0].server_version).split(' ')[0]!;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function procCpuMs(pid: string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}

/**
 * CPU ms of PostgreSQL processes serving `dbName` (backends whose title names it) and of its shared
 * auxiliaries (WAL writer, checkpointer, …). Backends that exit during a phase drop out: a lower bound.
 */
export function postgresCpuMs(dbName: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.startsWith('postgres:')) continue;
    const aux = /walwriter|checkpointer|background writer|autovacuum launcher/.test(cmd);
    if (aux || cmd.includes(` ${dbName} `)) total += procCpuMs(pid);
  }
  return total;
}

/** Busy, kernel (system + irq + softirq) and total CPU ms of the whole machine (all cores), from /proc/stat. */
export function machineCpuMs(): { busy: number; kernel: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const at = (i: number) => v[i] ?? 0;
  // Fields: user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user).
  const total = at(0) + at(1) + at(2) + at(3) + at(4) + at(5) + at(6) + at(7);
  const idle = at(3) + at(4);
  return { busy: (total - idle) * TICK_MS, kernel: (at(2) + at(5) + at(6)) * TICK_MS, total: total * TICK_MS };
}

/** Transactions committed in `dbName`, read from the admin database so the reading itself does not count. */
export async function committedTransactions(adminUrl: string, dbName: string): Promise<number> {
  const r = await admin(adminUrl, (c) =>
    c.query('SELECT xact_commit FROM pg_stat_database WHERE datname = $1', [dbName]),
  );
  return Number(r.rows[0]?.xact_commit ?? 0);
}

export function machineSummary(): string {
  const c = cpus();
  return `${c.length} CPU (${c[0]?.model.trim() ?? '?'}), load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/**
 * CPU µs that one sequential round trip costs on this machine (client + server, kernel included): a
 * parameterised SELECT to PostgreSQL, a PING to Redis. Multiplied by the statement counts, it prices chattiness.
 */
export async function roundTripCostUs(
  adminUrl: string,
  redisUrl?: string,
): Promise<{ postgres: number; redis?: number }> {
  const n = 3000;
  const self = () => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const pid = String((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  let c0 = self();
  let s0 = procCpuMs(pid);
  for (let i = 0; i < n; i++) await client.query('SELECT $1::int AS v', [i]);
  const postgres = (self() - c0 + (procCpuMs(pid) - s0) * 1000) / n;
  await client.end();
  if (!redisUrl) return { postgres };
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const serverUs = async () => {
    const info = await redis.info('cpu');
    const get = (k: string) => Number(new RegExp(`^${k}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
    return (get('used_cpu_user') + get('used_cpu_sys')) * 1e6;
  };
  c0 = self();
  s0 = await serverUs();
  for (let i = 0; i < n; i++) await redis.ping();
  const redisUs = (self() - c0 + ((await serverUs()) - s0)) / n;
  redis.disconnect();
  return { postgres, redis: redisUs };
}
