import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { TEST_ENV } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { freePort } from '../../setup/processes.js';
import { waitUntil } from '../../setup/wait.js';

/** The production worker entry point (processors/worker.ts), its JSON log lines collected. */
function startWorkerProcess(env: Record<string, string>): { child: ChildProcess; logs: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'processors/worker.ts'], {
    env: { PATH: process.env.PATH ?? '', ...TEST_ENV, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, logs: () => out };
}

/** A TCP forwarder to the test's PostgreSQL that refuses connections until opened: a database down, then up. */
function postgresThatComesBack(port: number, upstream: URL): { open(): Promise<void>; close(): void } {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const db = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const s of [client, db]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
    }
    client.pipe(db).pipe(client);
  });
  return {
    open: () => new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve())),
    close: () => {
      sockets.forEach((s) => s.destroy());
      server.close();
    },
  };
}

describe('the worker process at boot', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  const children: ChildProcess[] = [];
  before(async () => {
    t = await createTestDatabase();
  });
  afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));
  after(() => t.drop());

  const baseEnv = () => ({
    DATABASE_URL: t.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `{t${randomBytes(4).toString('hex')}}`,
  });

  it('starts a second worker on the same host with the same metrics port, without metrics instead of crashing', async () => {
    const env = { ...baseEnv(), METRICS_PORT: String(await freePort()) };
    const first = startWorkerProcess(env);
    children.push(first.child);
    await waitUntil(async () => first.logs().includes('worker started'), { what: 'the first worker to start' });
    const second = startWorkerProcess(env);
    children.push(second.child);
    await waitUntil(async () => second.logs().includes('worker started'), {
      what: () => `the second worker to start: ${second.logs()}`,
    });
    expect(second.logs()).to.include('EADDRINUSE');
    // Still up a moment later, and the first one still serves its metrics.
    await new Promise((r) => setTimeout(r, 500));
    expect(second.child.exitCode).to.equal(null);
    expect((await fetch(`http://127.0.0.1:${env.METRICS_PORT}/metrics`)).status).to.equal(200);
  });

  it('waits for PostgreSQL when started during an outage, then starts', async () => {
    const port = await freePort();
    const pg = postgresThatComesBack(port, new URL(t.url));
    try {
      const url = new URL(t.url);
      url.port = String(port);
      const worker = startWorkerProcess({ ...baseEnv(), DATABASE_URL: url.toString(), METRICS_PORT: '0' });
      children.push(worker.child);
      await waitUntil(async () => worker.logs().includes('PostgreSQL unreachable: waiting'), {
        what: () => `the worker to report the outage: ${worker.logs()}`,
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(worker.child.exitCode).to.equal(null);
      await pg.open();
      await waitUntil(async () => worker.logs().includes('worker started'), {
        timeoutMs: 20_000,
        what: () => `the worker to start once PostgreSQL is back: ${worker.logs()}`,
      });
    } finally {
      pg.close();
    }
  });
});
