import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { OutboxRelay } from '../../jobs/outbox-relay.js';
import { createLogger } from '../../lib/logger.js';
import { Metrics } from '../../lib/metrics.js';
import { openQueueBackend, type QueueBackend } from '../../lib/queue-backend.js';
import type { Runtime } from '../../lib/runtime.js';
import type { StageDefinition } from '../../processors/stage.js';
import { startWorker } from '../../processors/worker.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TEST_ENV, testApp, testConfig } from './app.js';
import { waitUntil } from './wait.js';

export const BACKENDS = ['redis', 'postgres'] as const;
export type BackendKind = (typeof BACKENDS)[number];

export interface Engine {
  t: TestDatabase;
  /** The environment the engine runs with: give it to worker processes so they join the same queues. */
  env: Record<string, string>;
  app: Express;
  backend: QueueBackend;
  /** The in-process worker's and the API's metrics. */
  metrics: Metrics;
  stop(): Promise<void>;
}

/** A test database, an API with its outbox relay, and one worker running `stages`, on the chosen queue backend. */
export async function startEngine(
  kind: BackendKind,
  stages: StageDefinition[],
  extraEnv: Record<string, string> = {},
  { inProcessWorker = true } = {},
): Promise<Engine> {
  const t = await createTestDatabase();
  const env: Record<string, string> = { QUEUE_PREFIX: `{t${randomBytes(4).toString('hex')}}`, ...extraEnv };
  if (kind === 'redis') env.REDIS_URL ??= process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const config = testConfig(t.url, env);
  const logger = createLogger('silent');
  const runtime: Runtime = { config, logger, db: t.db, databaseUrl: t.url, close: async () => {} };
  const backend = openQueueBackend({ config, databaseUrl: t.url, logger, role: 'producer' });
  const names = stages.map((s) => s.name);
  const relay = new OutboxRelay(t.db, backend, names, logger);
  const metrics = new Metrics();
  const stopWorker = inProcessWorker
    ? await startWorker(runtime, { pipeline: names, processors: stages, metrics })
    : async () => {};
  const app = testApp(t.db, config, { queue: () => backend.ping() }, { stages: names, relay, backend, metrics });
  return {
    t,
    env: { ...TEST_ENV, DATABASE_URL: t.url, ...env },
    app,
    backend,
    metrics,
    stop: async () => {
      await stopWorker();
      await relay.stop();
      await backend.close();
      await t.drop();
    },
  };
}

export async function registerUser(app: Express, email = `u${randomBytes(4).toString('hex')}@example.org`) {
  const res = await request(app)
    .post('/v1/auth/register')
    .send({ email, password: 'password-123', consent_version: '1' })
    .expect(201);
  return { id: res.body.user_id as string, auth: `Bearer ${res.body.access_token}` };
}

export function submit(
  app: Express,
  auth: string,
  fields: Record<string, string> = { transcript: 'Niko sawa, just tired' },
  key?: string,
) {
  const req = request(app).post('/v1/analyses').set('Authorization', auth);
  if (key) req.set('Idempotency-Key', key);
  for (const [name, value] of Object.entries(fields)) req.field(name, value);
  return req;
}

/** Polls until the analysis leaves queued/processing. */
export async function waitForEnd(app: Express, auth: string, id: string, timeoutMs = 20_000) {
  let last: { status: string; stages: unknown } | undefined;
  return waitUntil(
    async () => {
      const res = await request(app).get(`/v1/analyses/${id}`).set('Authorization', auth).expect(200);
      last = res.body;
      return ['queued', 'processing'].includes(res.body.status) ? undefined : res.body;
    },
    {
      timeoutMs,
      intervalMs: 100,
      what: () => `analysis ${id} to end (still ${last?.status}: ${JSON.stringify(last?.stages)})`,
    },
  );
}

/** resona_provider_unavailable_total for one stage and the openai provider, as operators would alert on it. */
export async function providerUnavailable(engine: Engine, stage: string): Promise<number> {
  return (await engine.metrics.providerUnavailable.get()).values
    .filter((v) => v.labels.stage === stage && v.labels.provider === 'openai')
    .reduce((n, v) => n + v.value, 0);
}
