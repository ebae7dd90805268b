import type { FlowJob } from 'bullmq';
import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { STAGE_JOB_OPTIONS } from '../jobs/catalogue.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime } from '../lib/runtime.js';
import { jwtKey } from '../lib/tokens.js';
import { serveApp } from './proc.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// The program a user would write without this engine: an Express route that checks the bearer token, reads the
// multipart `transcript`, inserts the analysis and adds a BullMQ flow of the five stages (each the parent of the
// one before, with the engine's job options). No outbox, no idempotency, no status mirror, no webhooks.

const runtime = await openRuntime('bench-naive-web');
const { config, logger, db, databaseUrl } = runtime;
const backend = openQueueBackend({ config, databaseUrl, logger, role: 'producer' });
const flows = backend.flowProducer();
const key = jwtKey(config.jwt.secret);
const verify = { algorithms: ['HS256' as const], issuer: config.jwt.issuer, audience: config.jwt.audience };

function flow(data: { analysis_id: string; user_id: string }): FlowJob {
  let child: FlowJob | undefined;
  for (const stage of BENCH_STAGE_NAMES) {
    const opts = { ...STAGE_JOB_OPTIONS, failParentOnFailure: true };
    child = { name: stage, queueName: `naive-${stage}`, data, opts, ...(child ? { children: [child] } : {}) };
  }
  return child!;
}

/** The multipart fields (a text-only submission). */
function fields(req: Request): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const out: Record<string, string> = {};
    const bb = busboy({ headers: req.headers, limits: { fieldSize: 64 * 1024 } });
    bb.on('field', (name, value) => (out[name] = value));
    bb.on('file', (_name, stream) => stream.resume());
    bb.on('close', () => resolve(out));
    bb.on('error', reject);
    req.pipe(bb);
  });
}

const app = express();
app.post('/v1/analyses', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? (jwt.verify(token, key, verify) as { sub: string }) : undefined;
    if (!claims) return void res.status(401).json({ error: 'unauthorized' });
    const { transcript } = await fields(req);
    const [row] = (await db('naive_analyses')
      .insert({ user_id: claims.sub, transcript: transcript ?? null })
      .returning('id')) as Array<{ id: string }>;
    await flows.add(flow({ analysis_id: row!.id, user_id: claims.sub }));
    res.status(202).json({ id: row!.id });
  } catch (err) {
    next(err);
  }
});
await serveApp(app, db, async () => {
  await backend.close();
  await runtime.close();
});
