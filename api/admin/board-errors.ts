import type { NextFunction, Request, Response } from 'express';
import { AppError, QueueUnavailableError } from '../../lib/errors.js';
import type { QueueBackend } from '../../lib/queue-backend.js';

/** What runBoard needs of a Bull Board app. */
export interface BoardApp {
  disable(setting: string): unknown;
  handle(req: Request, res: Response, done: (err?: unknown) => void): void;
}

/** How long the queue backend has to answer a ping before the board answers 503. */
const PING_TIMEOUT_MS = 2000;
/** Backstop for a backend that stops answering mid-request: past it the answer is 503 and a late result is dropped. */
const BOARD_DEADLINE_MS = 20_000;

const CODES: Record<number, string> = {
  400: 'validation_error',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** One of Bull Board's error answers, in our envelope. */
class BoardError extends AppError {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    details: unknown,
  ) {
    super(message, details);
  }
}

/** Where Bull Board's error handler leaves what a route threw, for runBoard to judge. */
const THROWN = Symbol('thrown in Bull Board');
export const keepThrown = (err: Error) => ({ status: 500 as const, body: { [THROWN]: err } });

export async function queueReachable(backend: QueueBackend): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(reject, PING_TIMEOUT_MS)));
  try {
    await Promise.race([backend.ping(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const queueUnavailable = (req: Request) =>
  new QueueUnavailableError('The queue backend is not reachable; try again shortly.', { request_id: req.id });

/** Bull Board's `{error: {key: "ERRORS.QUEUE_NOT_FOUND", options}}` as "Queue not found (…)." */
function fromBoardBody(status: number, body: unknown, req: Request): AppError {
  const error = (body as { error?: { key?: unknown; options?: Record<string, unknown> } } | undefined)?.error;
  const key = typeof error?.key === 'string' ? error.key.replace(/^ERRORS\./, '').toLowerCase() : 'request refused';
  const options = error?.options ? ` (${Object.values(error.options).join(', ')})` : '';
  const message = `${key.charAt(0).toUpperCase()}${key.slice(1).replaceAll('_', ' ')}${options}.`;
  const code = CODES[status] ?? (status < 500 ? 'bad_request' : 'internal_error');
  return new BoardError(status, code, message, { request_id: req.id });
}

/** A thrown client error keeps its status; anything else is an outage if the backend does not answer. */
async function fromThrown(err: unknown, backend: QueueBackend, req: Request): Promise<unknown> {
  const status = (err as { status?: unknown }).status;
  if (err instanceof AppError) return err;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new BoardError(status, CODES[status] ?? 'bad_request', (err as Error).message, { request_id: req.id });
  }
  return (await queueReachable(backend)) ? err : queueUnavailable(req);
}

/**
 * Hands a request to a Bull Board app under our error contract: its error answers become our envelope
 * (through `next`, so the API's error handler writes them), a backend that fails or stalls becomes 503.
 */
export function runBoard(board: BoardApp, backend: QueueBackend, req: Request, res: Response, next: NextFunction) {
  // Like app.use(subApp): the board's app swaps req/res prototypes, so restore them before handing on.
  const [reqProto, resProto] = [Object.getPrototypeOf(req), Object.getPrototypeOf(res)];
  let settled = false;
  const finish = (err?: unknown) => {
    if (settled) return;
    settled = true;
    clearTimeout(deadline);
    Reflect.deleteProperty(res, 'json');
    Object.setPrototypeOf(req, reqProto);
    Object.setPrototypeOf(res, resProto);
    next(err);
  };
  const deadline = setTimeout(() => finish(queueUnavailable(req)), BOARD_DEADLINE_MS);
  res.once('close', () => {
    settled = true;
    clearTimeout(deadline);
  });
  // Every JSON answer of the board passes here: successes go out, errors go to our handler.
  res.json = function (this: Response, body: unknown) {
    if (settled) return this;
    if (this.statusCode < 400) {
      Reflect.deleteProperty(this, 'json');
      return this.json(body);
    }
    const thrown = (body as { [THROWN]?: unknown } | undefined)?.[THROWN];
    if (thrown === undefined) finish(fromBoardBody(this.statusCode, body, req));
    else void fromThrown(thrown, backend, req).then(finish);
    return this;
  };
  board.handle(req, res, finish);
}
