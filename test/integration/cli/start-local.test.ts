import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import pg from 'pg';
import { exited, freePort } from '../../setup/processes.js';
import { waitUntil } from '../../setup/wait.js';

// `npm start` (cli/start-local.ts) on its embedded defaults: an embedded PostgreSQL, web and worker in one process.

describe('npm start on the embedded defaults', function () {
  this.timeout(120_000);

  it('drains and exits 0 on Ctrl-C with analyses in flight, then stops its embedded PostgreSQL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-local-'));
    const [port, pgPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/start-local.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dataDir,
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        METRICS_PORT: String(metricsPort),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitUntil(async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.ok === true, {
        timeoutMs: 90_000,
      });
      const registered = await fetch(`${base}/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'local@example.org', password: 'password-123', consent_version: '1' }),
      });
      const { access_token: token } = (await registered.json()) as { access_token: string };
      for (let i = 0; i < 5; i++) {
        const form = new FormData();
        form.set('transcript', `nimechoka sana leo, siku ya ${i}`);
        const res = await fetch(`${base}/v1/analyses`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
        expect(res.status).to.equal(202);
      }
      child.kill('SIGINT');
      expect(await exited(child), output).to.equal(0);
      expect(output).to.not.include('terminating connection due to administrator command');
      const client = new pg.Client({
        host: '127.0.0.1',
        port: pgPort,
        user: 'postgres',
        connectionTimeoutMillis: 1000,
      });
      const reachable = await client.connect().then(
        () => true,
        () => false,
      );
      await client.end().catch(() => {});
      expect(reachable, 'the embedded PostgreSQL still answers').to.equal(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
