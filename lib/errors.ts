/** One error base class: a status code and a stable machine code, rendered as the DESIGN §4 envelope. */
export abstract class AppError extends Error {
  abstract readonly statusCode: number;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = this.constructor.name;
  }

  toJSON(): { error: { code: string; message: string; details?: unknown } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export class ValidationError extends AppError {
  readonly statusCode = 400;
  readonly code = 'validation_error';
}

export class UnauthorizedError extends AppError {
  readonly statusCode = 401;
  readonly code: string = 'unauthorized';
  constructor(message = 'A valid bearer token is required.') {
    super(message);
  }
}

export class InvalidCredentialsError extends UnauthorizedError {
  override readonly code = 'invalid_credentials';
  constructor() {
    super('The email or password is incorrect.');
  }
}

export class ForbiddenError extends AppError {
  readonly statusCode = 403;
  readonly code = 'forbidden';
}

export class NotFoundError extends AppError {
  readonly statusCode = 404;
  readonly code = 'not_found';
  constructor(message = 'Not found.') {
    super(message);
  }
}

export class MethodNotAllowedError extends AppError {
  readonly statusCode = 405;
  readonly code = 'method_not_allowed';
}

export class ConflictError extends AppError {
  readonly statusCode = 409;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class PayloadTooLargeError extends AppError {
  readonly statusCode = 413;
  readonly code = 'payload_too_large';
}

export class RateLimitedError extends AppError {
  readonly statusCode = 429;
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retry_after_s: retryAfterSeconds });
  }
}

export class ServiceUnavailableError extends AppError {
  readonly statusCode = 503;
  readonly code: string = 'service_unavailable';
}

/** The queue backend (Redis, or BullMQ's PostgreSQL schema) does not answer. */
export class QueueUnavailableError extends ServiceUnavailableError {
  override readonly code = 'queue_unavailable';
}
