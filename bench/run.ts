import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { runE2e } from './e2e.js';
import { runAudioLatency } from './latency.js';
import { runNaive } from './naive.js';
import { countQueries } from './proc.js';
import { render, result, type BackendResult } from './report.js';
import { BENCH_STAGE_NAMES } from './stages.js';
import { createBenchDatabase, machineSummary, postgresVersion, roundTripCostUs } from './system.js';

// `npm run bench [-- --json] [-- --backends redis]`: end-to-end analyses/s against the naive program's (Express +
// a BullMQ flow, no guarantees), then a 10 s audio check-in's latency, on both queue backends, each in a fresh
// database that is dropped afterwards. Loopback only.

const { values: opt } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    backends: { type: 'string', default: 'redis,postgres' },
    analyses: { type: 'string', default: '1500' },
    'audio-submissions': { type: 'string', default: '40' },
    'audio-interval': { type: 'string', default: '500' },
    'audio-warmup': { type: 'string', default: '6' },
    // Phases to leave out while iterating: audio, acoustics, emotion.
    skip: { type: 'string', default: '' },
    'stage-concurrency': { type: 'string', default: '50' },
    'submit-concurrency': { type: 'string', default: '16' },
    'latency-seconds': { type: 'string', default: '10' },
    'latency-load': { type: 'string', default: '0.3' },
    timeout: { type: 'string', default: '60' },
    'log-level': { type: 'string', default: 'warn' },
    'cpu-prof': { type: 'boolean', default: false },
    // Pairs of (naive, ours) runs; the median pair's figures are reported: the machine is shared and noisy.
    rounds: { type: 'string', default: '3' },
  },
});

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROFILE_DIR = path.resolve('bench/.profiles');
const naiveProfile = (kind: string) => ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, kind, 'naive')}`];
const say = (msg: string) => (opt.json ? process.stderr : process.stdout).write(`${msg}\n`);

type Probe = Parameters<typeof runE2e>[1];

/** Runs `fn` against a fresh migrated database (and a fresh queue prefix), dropped afterwards with its queue keys. */
async function withDatabase<T>(
  kind: 'redis' | 'postgres',
  dataDir: string,
  fn: (env: Record<string, string>, probe: Probe) => Promise<T>,
): Promise<T> {
  const bdb = await createBenchDatabase(ADMIN_URL, kind);
  const prefix = `{bench${randomBytes(4).toString('hex')}}`;
  const redis = kind === 'redis' ? new Redis(REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: bdb.url,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUDIO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    WEBHOOK_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: opt['log-level'],
    DATA_DIR: dataDir,
    BENCH_STAGE_CONCURRENCY: opt['stage-concurrency'],
    ...(redis ? { REDIS_URL } : {}),
  };
  try {
    return await fn(env, { db: bdb.db, dbName: bdb.name, adminUrl: ADMIN_URL, redis, own: countQueries(bdb.db) });
  } finally {
    await bdb.drop();
    if (redis) {
      // The run's keys only: the unique prefix is their first segment.
      for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>)
        if (keys.length) await redis.unlink(...keys);
      redis.disconnect();
    }
  }
}

/** The naive program, ours and the audio check-in, each in its own database so no phase inherits another's rows. */
async function benchBackend(
  kind: 'redis' | 'postgres',
  dataDir: string,
  pgRoundTripUs: number,
): Promise<BackendResult> {
  const timeoutMs = Number(opt.timeout) * 1000;
  const nodeArgs = opt['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(PROFILE_DIR, kind)}`] : [];
  const load = { analyses: Number(opt.analyses), submitConcurrency: Number(opt['submit-concurrency']), timeoutMs };
  const latency = { latencySeconds: Number(opt['latency-seconds']), latencyLoad: Number(opt['latency-load']) };
  const rounds = [];
  for (let r = 1; r <= Math.max(1, Number(opt.rounds)); r++) {
    say(`[${kind}] round ${r}: naive program (Express + BullMQ flow): ${opt.analyses} analyses …`);
    const naive = await withDatabase(kind, dataDir, (env, probe) =>
      runNaive(env, probe, { ...load, users: 8 }, nodeArgs.length ? naiveProfile(kind) : []),
    );
    say(`[${kind}]   ${naive.analysesPerSec.toFixed(1)} analyses/s; ours: ${opt.analyses} analyses …`);
    const e2e = await withDatabase(kind, dataDir, (env, probe) =>
      runE2e(env, probe, { ...load, ...latency, users: 8 }, nodeArgs),
    );
    const ratio = e2e.throughput.analysesPerSec / naive.analysesPerSec;
    say(`[${kind}]   ${e2e.throughput.analysesPerSec.toFixed(1)} analyses/s, ratio ${ratio.toFixed(2)}`);
    rounds.push({ naive, e2e, ratio });
  }
  const { naive, e2e } = [...rounds].sort((x, y) => x.ratio - y.ratio)[Math.floor((rounds.length - 1) / 2)]!;
  if (rounds.length > 1)
    say(
      `[${kind}]   ratio per round ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}; the median round is reported`,
    );
  let audio;
  if (!opt.skip.split(',').includes('audio')) {
    const every = opt['audio-interval'];
    say(`[${kind}] audio check-in latency: ${opt['audio-submissions']} × 10 s Opus, one every ${every} ms …`);
    const o = {
      submissions: Number(opt['audio-submissions']),
      intervalMs: Number(every),
      warmup: Number(opt['audio-warmup']),
      timeoutMs,
    };
    audio = await withDatabase(kind, dataDir, (env, probe) => runAudioLatency(env, probe, o));
    say(`[${kind}]   p50 ${audio.p50.toFixed(0)} ms, p90 ${audio.p90.toFixed(0)} ms`);
  }
  return result(kind, BENCH_STAGE_NAMES.length, naive, e2e.throughput, e2e.latency, audio, pgRoundTripUs);
}

async function main(): Promise<void> {
  const kinds = opt.backends.split(',').map((s) => s.trim()) as Array<'redis' | 'postgres'>;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'resona-bench-'));
  const started = Date.now();
  const roundTrip = await roundTripCostUs(ADMIN_URL, kinds.includes('redis') ? REDIS_URL : undefined);
  const results: BackendResult[] = [];
  try {
    for (const kind of kinds) results.push(await benchBackend(kind, dataDir, roundTrip.postgres));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const versions = await serverVersions(kinds.includes('redis'));
  const header = [
    `Resona bench: ${machineSummary()}; Node ${process.version}; ${versions}`,
    `one worker process (${BENCH_STAGE_NAMES.length} stages, concurrency ${opt['stage-concurrency']} each) + one web process, for ours and ` +
      `for the naive program (same load, queue backend settings and job options; each job inserts one row); ` +
      `${opt['submit-concurrency']} concurrent submitters; LOG_LEVEL=${opt['log-level']}; ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
    "ratio = our analyses/s / the naive program's; latency = submit → analyses.completed_at at a steady open-loop rate",
    `one sequential round trip costs ${roundTrip.postgres.toFixed(0)} CPU-µs to PostgreSQL` +
      (roundTrip.redis === undefined ? '' : `, ${roundTrip.redis.toFixed(0)} CPU-µs to Redis`) +
      ' here (client + server + kernel): chatty code pays per statement',
  ];
  if (opt.json) process.stdout.write(`${JSON.stringify({ header, roundTripCpuUs: roundTrip, results }, null, 2)}\n`);
  else say(`\n${render(results, header)}`);
  if (!opt.skip.split(',').includes('acoustics')) await (await import('./acoustics.js')).benchAcoustics(say); // issue 4
  if (!opt.skip.split(',').includes('emotion'))
    evalScripts(['emotion-text', 'emotion-voice', 'emotion-dissonance', 'emotion-cost']); // issue 9
  if (!opt.skip.split(',').includes('baseline'))
    evalScripts(['syllable-count', 'baseline-eval', 'baseline-young', 'baseline-cost']); // issue 10
  if (!opt.skip.split(',').includes('risk')) evalScripts(['risk-language']); // issue 11
  if (!opt.skip.split(',').includes('reply')) evalScripts(['reply-cost']); // issue 12
  if (!opt.skip.split(',').includes('personalise')) await (await import('./personalise.js')).benchPersonalise(say); // issue 12
}

/** A stage's validity and cost figures: each eval script in its own process, its lines passed on. */
function evalScripts(scripts: string[]): void {
  for (const script of scripts) {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval', `${script}.ts`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
    say(`\n${run.stdout.trimEnd()}`);
  }
}

async function serverVersions(withRedis: boolean): Promise<string> {
  const { createKnex } = await import('../lib/db.js');
  const db = createKnex(ADMIN_URL);
  const pg = await postgresVersion(db).finally(() => db.destroy());
  if (!withRedis) return `PostgreSQL ${pg}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const info = await redis.info('server').finally(() => redis.disconnect());
  return `PostgreSQL ${pg}; Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}`;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
