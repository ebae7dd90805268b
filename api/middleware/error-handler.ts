import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../../lib/logger.js';
import {
  AppError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from '../../lib/errors.js';

export const notFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route for ${req.method} ${req.path}.`));
};

/** body-parser reports its failures as http-errors with a `type`, the router a bad path escape as a URIError; give them our envelope. */
function fromFramework(err: { type?: string; status?: number }): AppError | undefined {
  if (err instanceof URIError && err.status === 400) {
    return new ValidationError('The request path holds a malformed percent-escape.');
  }
  switch (err.type) {
    case 'entity.parse.failed':
      return new ValidationError('The request body is not valid JSON.');
    case 'entity.too.large':
      return new PayloadTooLargeError('The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'request.aborted':
    case 'request.size.invalid':
      return new ValidationError('The request body could not be read.');
    default:
      return undefined;
  }
}

const POOL_RETRY_AFTER_S = '5';

/** No pooled database connection freed up within DATABASE_ACQUIRE_TIMEOUT_MS: overload, so 503 and retry later. */
function fromPoolTimeout(err: unknown, res: Response): AppError | undefined {
  if (!(err instanceof Error) || err.name !== 'KnexTimeoutError' || !err.message.includes('acquiring a connection'))
    return undefined;
  res.set('Retry-After', POOL_RETRY_AFTER_S);
  return new ServiceUnavailableError('The service is busy. Try again shortly.');
}

/** A write keyed by a user that no longer exists (the token outlived the account): the caller is not authenticated. */
function fromDeletedUser(err: unknown): AppError | undefined {
  const pg = err as { code?: string; detail?: string };
  if (pg?.code !== '23503' || !/^Key \(user_id\)=.* is not present in table "users"\.$/u.test(pg.detail ?? ''))
    return undefined;
  return new UnauthorizedError();
}

/** The one place errors become responses; only unexpected ones are logged as errors. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const appError =
      err instanceof AppError ? err : (fromPoolTimeout(err, res) ?? fromDeletedUser(err) ?? fromFramework(err ?? {}));
    if (!appError) {
      (req.log ?? logger).error({ err }, 'unhandled error');
      res.status(500).json({
        error: { code: 'internal_error', message: 'Internal server error.', details: { request_id: req.id } },
      });
      return;
    }
    if (appError instanceof RateLimitedError) res.set('Retry-After', String(appError.retryAfterSeconds));
    if (appError.statusCode === 401) res.set('WWW-Authenticate', 'Bearer');
    res.status(appError.statusCode).json(appError.toJSON());
  };
}
