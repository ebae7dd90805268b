import { createHmac, randomBytes } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { QUEUE_NAMES } from '../../jobs/queues.js';
import { loginSchema } from '../../lib/account-schemas.js';
import type { Config } from '../../lib/config.js';
import type { Knex } from '../../lib/db.js';
import { audit } from '../../lib/audit.js';
import { ForbiddenError, InvalidCredentialsError, UnauthorizedError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { checkLogin, type LoginDeps } from '../../lib/login.js';
import type { QueueBackend } from '../../lib/queue-backend.js';
import { PostgresRateLimiter } from '../../lib/rate-limit.js';
import { UserRepository, type User } from '../../lib/repositories/user.repository.js';
import { createAuthenticator, currentUser } from '../middleware/authenticate.js';
import { keepThrown, queueReachable, queueUnavailable, runBoard, type BoardApp } from './board-errors.js';
import { READ_METHODS, sameOriginWrites } from './board-origin.js';

/** Where the board is mounted; Bull Board builds its page and API links from it. */
export const BOARD_PATH = '/admin/queues';

const VERIFIED_TTL_MS = 60_000;
const MAX_VERIFIED = 1000;
// Ids are short tokens; anything longer or with spaces could be text, so it is not shown.
const ID_VALUE = /^[A-Za-z0-9_.:-]{1,100}$/;
// Enum labels operators need (a webhook's `status`); free text cannot match the value pattern.
const LABEL_KEYS = new Set(['status', 'stage']);
const LABEL_VALUE = /^[a-z_]{1,32}$/;
/** Ids that tie jobs to one person. */
const PERSON_KEYS = new Set(['user_id', 'conversation_id']);

/**
 * What the board shows of a job's data, return value and progress: `*_id` fields with id-shaped values
 * (except `user_id` and `conversation_id`, omitted so operators cannot follow one person's check-ins), `status`/`stage` labels,
 * booleans and numbers.
 * Everything else (transcripts, free text, nested objects) is dropped and only its field name listed.
 */
export function redactJobField(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value !== 'object' || Array.isArray(value)) return { redacted: true };
  const shown: Record<string, unknown> = {};
  const redacted: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const isId = key.endsWith('_id') && !PERSON_KEYS.has(key) && typeof v === 'string' && ID_VALUE.test(v);
    const isLabel = LABEL_KEYS.has(key) && typeof v === 'string' && LABEL_VALUE.test(v);
    if (isId || isLabel || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) shown[key] = v;
    else redacted.push(key);
  }
  return redacted.length ? { ...shown, redacted } : shown;
}

/** Two boards over the same queues: read-only (operators) and full control (admins). */
export function queueBoards(backend: QueueBackend): { readOnly: BoardApp; full: BoardApp } {
  const build = (readOnlyMode: boolean): BoardApp => {
    const serverAdapter = new ExpressAdapter().setBasePath(BOARD_PATH);
    const queues = QUEUE_NAMES.map((name) => {
      const adapter = new BullMQAdapter(backend.queue(name), { readOnlyMode });
      for (const field of ['data', 'returnValue', 'progress'] as const) adapter.setFormatter(field, redactJobField);
      return adapter;
    });
    createBullBoard({
      queues,
      serverAdapter,
      options: { uiConfig: { boardTitle: readOnlyMode ? 'Resona (read-only)' : 'Resona queues' } },
    });
    // Replaces Bull Board's own handler (read at request time), so runBoard sees what was thrown.
    serverAdapter.setErrorHandler(keepThrown);
    const app: BoardApp = serverAdapter.getRouter();
    app.disable('x-powered-by');
    return app;
  };
  return { readOnly: build(true), full: build(false) };
}

// The browser shows its login dialog for this challenge; the error body keeps our envelope.
function challenge(res: Response, err: UnauthorizedError): void {
  res.status(401).set('WWW-Authenticate', 'Basic realm="resona"').json(err.toJSON());
}

type Credentials = { email: string; password: string };

function basicCredentials(header: string): Credentials | undefined {
  const encoded = /^Basic ([A-Za-z0-9+/]+=*)$/i.exec(header.trim())?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  // The same schema as POST /v1/auth/login, so neither path costs more work or reaches the database with worse input.
  const parsed = loginSchema.safeParse({ email: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
  return parsed.success ? parsed.data : undefined;
}

/**
 * Browsers resend Basic credentials on every request, many at once, and each check counts against the
 * login limits (5 per account from one address): so one check per credential pair is shared by concurrent requests and
 * reused for a minute. Only successes are kept, keyed by an HMAC under a per-process random key; the
 * account is re-read every time, so a deleted or demoted account loses access at once.
 */
function basicVerifier(login: LoginDeps) {
  const key = randomBytes(32);
  const checks = new Map<string, { userId: Promise<string>; expires: number }>();
  return async (credentials: Credentials, ip: string | undefined): Promise<User> => {
    const id = createHmac('sha256', key).update(`${credentials.email}\0${credentials.password}`).digest('hex');
    let entry = checks.get(id);
    if (!entry || entry.expires <= Date.now()) {
      if (checks.size >= MAX_VERIFIED) checks.delete(checks.keys().next().value as string);
      const userId = checkLogin(login, { ...credentials, ip }).then((u) => u.id);
      const fresh = { userId, expires: Date.now() + VERIFIED_TTL_MS };
      fresh.userId.catch(() => checks.get(id) === fresh && checks.delete(id));
      checks.set(id, (entry = fresh));
    }
    const user = await login.users.findById(await entry.userId);
    if (!user) throw new InvalidCredentialsError();
    return user;
  };
}

/** HTTP Basic (rate limited like POST /v1/auth/login) or a bearer token (the API's passport-jwt check). */
function boardAuth(login: LoginDeps, authenticate: RequestHandler): RequestHandler {
  const verifyBasic = basicVerifier(login);
  return async (req, res, next) => {
    const header = req.headers.authorization ?? '';
    if (/^bearer /i.test(header)) {
      return authenticate(req, res, (err?: unknown) =>
        err instanceof UnauthorizedError ? challenge(res, err) : next(err),
      );
    }
    const credentials = /^basic /i.test(header) ? basicCredentials(header) : undefined;
    if (!credentials) {
      return challenge(res, new UnauthorizedError('HTTP Basic credentials (email and password) or a bearer token.'));
    }
    try {
      req.user = await verifyBasic(credentials, req.ip);
    } catch (err) {
      if (err instanceof UnauthorizedError) return challenge(res, err);
      throw err;
    }
    next();
  };
}

/**
 * Builds the /admin/queues router: its own CSP, authentication, the role rules of DESIGN §4
 * (user and clinician 403, operator read-only, admin full control), then the board for the caller's role.
 */
export function bullBoardRoutes({
  db,
  config,
  backend,
  logger,
}: {
  db: Knex;
  config: Config;
  backend: QueueBackend;
  logger: Logger;
}): Router {
  const users = new UserRepository(db);
  const limiter = new PostgresRateLimiter(db);
  const authenticate = createAuthenticator(config.jwt, users);
  const boards = queueBoards(backend);

  const router = Router();
  // Stricter than helmet's default for the board only: no https: styles or fonts, so no Google Fonts request.
  router.use(
    helmet.contentSecurityPolicy({
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'font-src': ["'self'", 'data:'] },
    }),
  );
  // Before authentication, so a forged write costs no login attempt.
  router.use(sameOriginWrites);
  router.use(boardAuth({ users, limiter, limits: config.login }, authenticate));
  router.use(async (req, res, next) => {
    const user = currentUser(req);
    if (user.role !== 'operator' && user.role !== 'admin') {
      throw new ForbiddenError('The queue board is for operators and admins.');
    }
    const write = !READ_METHODS.has(req.method);
    // Bull Board's readOnlyMode refuses writes too (405); this check does not depend on it covering every route.
    if (write && user.role === 'operator')
      throw new ForbiddenError('Operators have read-only access to the queue board.');
    // Without this, a board whose Redis is down waits for it: its API calls first ask whether the backend answers.
    if (req.path.startsWith('/api/') && !(await queueReachable(backend))) throw queueUnavailable(req);
    if (write) {
      logger.info({ user_id: user.id, method: req.method, path: req.path }, 'queue board action');
      // The path names queues and job ids only, never job data.
      const details = { method: req.method };
      await audit(db, {
        actorId: user.id,
        action: 'board.write',
        resourceType: 'queue_board',
        resourceId: req.path.slice(0, 255),
        details,
        ip: req.ip,
      });
    }
    runBoard(user.role === 'admin' ? boards.full : boards.readOnly, backend, req, res, next);
  });
  return router;
}
