import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Knex } from '../lib/db.js';

// Bench processes talk over Node IPC: the child says `ready`, answers `stats`, and exits cleanly on `stop`.

export interface ChildStats {
  /** process.cpuUsage() in microseconds (user + system). */
  cpuUs: number;
  /** Knex statements sent by the process (BEGIN/COMMIT included) and summed round trips (pool waits excluded). */
  queries: number;
  queryMs: number;
  [extra: string]: unknown;
}

type Message = { type: string; [k: string]: unknown };

export interface Child {
  name: string;
  proc: ChildProcess;
  ready: Promise<Message>;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Starts `node --import tsx bench/<file>` with `env` on top of a minimal environment. */
export function spawnChild(file: string, env: Record<string, string>, extraNodeArgs: string[] = []): Child {
  const proc = spawn(process.execPath, [...extraNodeArgs, '--import', 'tsx', path.join(HERE, file)], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 2, 2, 'ipc'], // child logs go to stderr, keeping --json stdout clean
  });
  const waiters = new Map<string, Array<{ resolve: (m: Message) => void; reject: (e: Error) => void }>>();
  proc.on('message', (m: Message) => {
    const list = waiters.get(m.type);
    waiters.delete(m.type);
    list?.forEach((w) => w.resolve(m));
  });
  proc.once('exit', (code) => {
    for (const [type, list] of waiters)
      list.forEach((w) => w.reject(new Error(`${file} exited (${code}) before ${type}`)));
    waiters.clear();
  });
  const next = (type: string) =>
    new Promise<Message>((resolve, reject) => {
      if (proc.exitCode !== null) return reject(new Error(`${file} has exited (${proc.exitCode})`));
      waiters.set(type, [...(waiters.get(type) ?? []), { resolve, reject }]);
    });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    name: file,
    proc,
    ready: next('ready'),
    stats: async () => {
      const reply = next('stats');
      proc.send({ type: 'stats' });
      return (await reply) as unknown as ChildStats;
    },
    stop: async () => {
      if (proc.exitCode !== null) return;
      proc.send({ type: 'stop' });
      // A stuck drain must not hang the bench.
      const kill = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(kill);
    },
  };
}

/** Child side: answers `stats` with CPU and Knex counters plus `extra()`, and runs `stop` on `stop`. */
export function serveParent(db: Knex, stop: () => Promise<void>, extra: () => Record<string, unknown> = () => ({})) {
  const q = countQueries(db);
  process.on('message', (m: Message) => {
    if (m.type === 'stats') {
      const cpu = process.cpuUsage();
      process.send!({ type: 'stats', cpuUs: cpu.user + cpu.system, queries: q.queries, queryMs: q.ms, ...extra() });
    } else if (m.type === 'stop') {
      stop().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
    }
  });
  // The orchestrator died: do not linger holding connections.
  process.on('disconnect', () => process.exit(1));
  return { ready: (info: Record<string, unknown> = {}) => process.send!({ type: 'ready', ...info }) };
}

/** Counts Knex statements and sums their round trips (emitted once a connection is held). */
export function countQueries(db: Knex) {
  const started = new Map<string, number>();
  const counter = { queries: 0, ms: 0 };
  db.on('query', (q: { __knexQueryUid: string }) => {
    counter.queries++;
    started.set(q.__knexQueryUid, performance.now());
  });
  const end = (_: unknown, q: { __knexQueryUid: string }) => {
    const t = started.get(q.__knexQueryUid);
    if (t !== undefined) counter.ms += performance.now() - t;
    started.delete(q.__knexQueryUid);
  };
  db.on('query-response', end);
  db.on('query-error', (_err: unknown, q: { __knexQueryUid: string }) => end(undefined, q));
  return counter;
}

/** Serves `app` on an ephemeral loopback port and answers the parent's stats/stop; `close` runs after the server closes. */
export async function serveApp(app: Express, db: Knex, close: () => Promise<void>): Promise<void> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // Keep-alive sockets from the load generator must not outlive the test by much.
  server.keepAliveTimeout = 5000;
  const parent = serveParent(db, async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await close();
  });
  parent.ready({ port: (server.address() as AddressInfo).port });
}
