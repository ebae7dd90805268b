// Crash-test harness for the PRODUCTION stages: real worker processes (processors/worker.ts), killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { STAGE_QUEUES } from '../../jobs/queues.js';
import { WEBHOOK_QUEUE } from '../../jobs/webhooks.js';
import { PROCESSORS } from '../../processors/registry.js';
import { audioDir, speech } from '../integration/transcription/test-audio.js';
import { startEngine, type Engine } from './engine.js';
import { waitUntil } from './wait.js';

export const LOG_DIR = fs.mkdtempSync('/tmp/resona-crash-');

/** Every child this file started, so that after hooks (and process exit) can kill them all by pid. */
export const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach((c) => c.kill('SIGKILL')));

export interface WorkerProc {
  child: ChildProcess;
  name: string;
  logs: () => string;
}

let workerSeq = 0;

/** The production worker entry point as its own process; resolves once it logged 'worker started'. */
export async function startProductionWorker(env: Record<string, string>): Promise<WorkerProc> {
  const name = `worker-${++workerSeq}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'processors/worker.ts'], {
    env: { PATH: process.env.PATH ?? '', METRICS_PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const file = fs.createWriteStream(path.join(LOG_DIR, `${name}.log`));
  let out = '';
  const keep = (d: Buffer) => {
    file.write(d);
    // Keep the interesting lines only (the stage completions are many).
    for (const line of String(d).split('\n')) if (line && !line.includes('"stage completed"')) out += `${line}\n`;
    if (out.length > 400_000) out = out.slice(-200_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      if (out.includes('worker started')) {
        clearInterval(t);
        resolve();
      }
    }, 50);
    child.once('exit', (code, sig) => {
      clearInterval(t);
      reject(new Error(`${name} exited (${code ?? sig}) before it started: ${out.slice(-2000)}`));
    });
  });
  return { child, name, logs: () => out };
}

export function sigkill(w: WorkerProc): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((r) => w.child.once('exit', () => r()));
  w.child.kill('SIGKILL');
  return gone;
}

export const QUEUES = [...STAGE_QUEUES, WEBHOOK_QUEUE] as const;

/** Active job ids per queue, as BullMQ holds them. */
export async function activeJobs(engine: Engine): Promise<Array<{ queue: string; id: string }>> {
  const out: Array<{ queue: string; id: string }> = [];
  for (const q of QUEUES) {
    const jobs = await engine.backend.queue(q).getActive();
    for (const j of jobs) if (j?.id) out.push({ queue: q, id: j.id });
  }
  return out;
}

/** A loopback receiver of escalation webhooks whose answer per request the test chooses (500, 204 or hang). */
export interface Received {
  escalationId: string;
  event: string;
  webhookId: string;
  answered: number | 'hung' | 'closed';
}

export type Answer = 204 | 500 | 'hang';

export async function escalationReceiver(decide: (escalationId: string, nth: number) => Answer) {
  const received: Received[] = [];
  const counts = new Map<string, number>();
  const hanging = new Set<http.ServerResponse>();
  const hangListeners: Array<(r: Received) => void> = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body: { escalation_id?: string; event?: string } = {};
      try {
        body = JSON.parse(raw);
      } catch {
        /* not ours */
      }
      const id = body.escalation_id ?? '?';
      const nth = (counts.get(id) ?? 0) + 1;
      counts.set(id, nth);
      const rec: Received = {
        escalationId: id,
        event: body.event ?? '?',
        webhookId: String(req.headers['webhook-id'] ?? ''),
        answered: 'hung',
      };
      received.push(rec);
      const answer = decide(id, nth);
      if (answer === 'hang') {
        hanging.add(res);
        res.on('close', () => {
          hanging.delete(res);
          if (rec.answered === 'hung') rec.answered = 'closed';
        });
        hangListeners.forEach((l) => l(rec));
        return;
      }
      rec.answered = answer;
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/escalations`;
  return {
    url,
    received,
    onHang: (l: (r: Received) => void) => hangListeners.push(l),
    close: async () => {
      hanging.forEach((r) => r.destroy());
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A check-in as a phone app sends it: multipart with `transcript` and, optionally, `audio`. */
export async function checkIn(
  app: Express,
  auth: string,
  fields: Record<string, string>,
  audio?: { bytes: Buffer; filename: string },
): Promise<string> {
  const req = request(app).post('/v1/analyses').set('Authorization', auth);
  for (const [k, v] of Object.entries(fields)) req.field(k, v);
  if (audio) req.attach('audio', audio.bytes, { filename: audio.filename, contentType: 'audio/wav' });
  const res = await req;
  if (res.status !== 202) throw new Error(`submission answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Waits until no analysis of `ids` is queued or processing. */
export async function waitAllEnded(engine: Engine, ids: string[], timeoutMs: number, what = 'analyses to end') {
  let pending: unknown[] = [];
  await waitUntil(
    async () => {
      pending = await engine.t
        .db('analyses')
        .whereIn('id', ids)
        .whereIn('status', ['queued', 'processing'])
        .select('id', 'status', 'stages');
      return pending.length === 0;
    },
    { timeoutMs, intervalMs: 250, what: () => `${what}: still ${JSON.stringify(pending).slice(0, 3000)}` },
  );
}

/** Rows per analysis in a table (analysis_id column), for the ids given. */
export async function rowsPer(engine: Engine, table: string, ids: string[], where: Record<string, unknown> = {}) {
  const rows = (await engine.t
    .db(table)
    .whereIn('analysis_id', ids)
    .where(where)
    .groupBy('analysis_id')
    .select('analysis_id', engine.t.db.raw('count(*)::int AS n'))) as Array<{ analysis_id: string; n: number }>;
  const m = new Map(rows.map((r) => [r.analysis_id, r.n]));
  return new Map(ids.map((id) => [id, m.get(id) ?? 0]));
}

/**
 * A TCP proxy to Redis for worker processes. `holdWhen(needles)`: the next chunk a worker sends that contains every
 * needle is never forwarded, nor anything after it on that connection — e.g. BullMQ's moveToFinished of one job after
 * its stage committed to PostgreSQL, so that a SIGKILL lands between the commit and the queue's acknowledgement.
 */
export async function redisProxy(upstream = { host: '127.0.0.1', port: 6379 }) {
  const sockets = new Set<net.Socket>();
  let trigger: { needles: string[]; hit: () => void } | undefined;
  const server = net.createServer((client) => {
    const up = net.connect(upstream.port, upstream.host);
    sockets.add(client);
    sockets.add(up);
    let held = false;
    const end = () => {
      client.destroy();
      up.destroy();
      sockets.delete(client);
      sockets.delete(up);
    };
    client.on('data', (d: Buffer) => {
      if (held) return;
      if (trigger && trigger.needles.every((n) => d.includes(n))) {
        held = true;
        const t = trigger;
        trigger = undefined;
        t.hit();
        return;
      }
      up.write(d);
    });
    up.on('data', (d: Buffer) => {
      if (!client.destroyed) client.write(d);
    });
    client.on('error', end);
    up.on('error', end);
    client.on('close', end);
    up.on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holdWhen(needles: string[]): Promise<void> {
      return new Promise((resolve) => (trigger = { needles, hit: resolve }));
    },
    cancel() {
      trigger = undefined;
    },
    close: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => server.close(r));
    },
  };
}

/** An engine for the crash tests: the production stages, workers only as child processes, escalations to `hookUrl`. */
export function crashEngine(hookUrl: string, t: { lockMs: number; webhookTimeoutMs: number }): Promise<Engine> {
  return startEngine(
    'redis',
    [...PROCESSORS],
    {
      WORKER_LOCK_MS: String(t.lockMs),
      STALL_SWEEP_MS: '3000',
      ESCALATION_WEBHOOK_URL: hookUrl,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_TIMEOUT_MS: String(t.webhookTimeoutMs),
    },
    { inProcessWorker: false },
  );
}

/** Ordinary sentences, spoken long enough (espeak-ng) to pass the quality check and count for a voice baseline. */
const SPOKEN = [
  'I have been feeling quite tired this week, but I am managing to go to work every day and talk to my friends.',
  'This morning I walked to the market, bought some vegetables and cooked lunch for my family at home.',
  'The weather was warm today and I spent the afternoon reading a book under the tree near our house.',
  'I called my mother in the evening and we talked about my cousins and the plans for the holidays.',
];

/** The spoken check-ins as WAV bytes, each in its own voice. */
export function spokenClips(): Buffer[] {
  const dir = audioDir();
  return SPOKEN.map((text, i) =>
    fs.readFileSync(speech(dir, `s${i}.wav`, text, { pitch: 40 + 5 * i, speed: 130 + 5 * i })),
  );
}
