import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from '../lib/config.js';
import type { Knex } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { PostgresRateLimiter } from '../lib/rate-limit.js';
import { UserRepository } from '../lib/repositories/user.repository.js';
import { BOARD_PATH, bullBoardRoutes } from './admin/bull-board.js';
import { createAuthenticator, createTokenAuthenticator } from './middleware/authenticate.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import { methodNotAllowed } from './middleware/method-not-allowed.js';
import { requestLogging } from './middleware/request-logging.js';
import { outboxCounts, type OutboxRelay } from '../jobs/outbox-relay.js';
import type { QueueBackend } from '../lib/queue-backend.js';
import { Metrics, watchOutbox } from '../lib/metrics.js';
import { QUEUE_NAMES } from '../jobs/queues.js';
import { httpMetrics } from './middleware/http-metrics.js';
import { openApiDocument } from './openapi.js';
import type { StageName } from '../jobs/queues.js';
import { PIPELINE } from '../jobs/pipeline.js';
import { analysesRoutes } from './routes/analyses.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes, type ReadinessCheck } from './routes/health.routes.js';
import { meRoutes } from './routes/me.routes.js';
import { cliniciansRoutes } from './routes/clinicians.routes.js';

export interface AppDeps {
  config: Config;
  db: Knex;
  logger: Logger;
  /** Extra readiness checks (the queue backend); the database is always checked. */
  readiness?: Record<string, ReadinessCheck>;
  /** Stages a new analysis runs through; default the production pipeline. */
  stages?: readonly StageName[];
  /** Publishes outbox rows right after a submission commits (else the next poll does). */
  relay?: OutboxRelay;
  /** Producer side of the queue backend (Bull Board, reprocessing); absent in tests that need no queues. */
  backend?: QueueBackend;
  /** This process's metrics registry (shared with the worker under `npm start`). */
  metrics?: Metrics;
}

/** Builds the Express app without listening: the supertest target. */
export function buildApp({
  config,
  db,
  logger,
  readiness = {},
  stages,
  relay,
  backend,
  metrics = new Metrics(),
}: AppDeps): Express {
  const app = express();
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(logger));
  app.use(httpMetrics(metrics));
  app.use(helmet());
  app.use(express.json({ limit: '100kb' }));

  const users = new UserRepository(db);
  const authenticate = createAuthenticator(config.jwt, users);
  const limiter = new PostgresRateLimiter(db);

  app.use(healthRoutes({ database: async () => void (await db.raw('SELECT 1')), ...readiness }));
  if (backend) metrics.watchQueues(backend, QUEUE_NAMES);
  watchOutbox(metrics, () => outboxCounts(db));
  const openapi = openApiDocument({ audioMaxBytes: config.audio.maxBytes });
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use('/v1/auth', authRoutes({ config, users, limiter, authenticate }));
  app.use(
    '/v1/analyses',
    analysesRoutes({
      config,
      db,
      authenticate,
      authenticateToken: createTokenAuthenticator(config.jwt),
      stages: stages ?? PIPELINE,
      relay,
      backend,
    }),
  );

  app.use('/v1/me', meRoutes({ config, db, authenticate }));
  const baseline = { window: config.baseline.window, required: config.baseline.minSessions };
  const clinicians = cliniciansRoutes({ db, authenticate, baseline });
  app.use('/v1/escalations', clinicians.escalations);
  app.use('/v1/risk-assessments', clinicians.assessments);

  if (backend) app.use(BOARD_PATH, bullBoardRoutes({ db, config, backend, logger }));

  app.use(methodNotAllowed(app));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
