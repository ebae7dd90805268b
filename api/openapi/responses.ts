import type { z } from 'zod';
import { schemaRef } from './json-schema.js';
import type { errorSchema } from './schemas.js';

// Every error answer is the one Error envelope (DESIGN §4); these are the responses operations share.

type ErrorBody = z.output<typeof errorSchema>;
type Examples = Record<string, { summary: string; value: unknown }>;

/** A JSON response with its schema and named examples. */
export const json = (description: string, schema: object, examples: Examples, headers?: object) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema, examples } },
});

const envelope = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

/** An error response: the Error envelope, one example per code it may carry. */
export const errorResponse = (description: string, codes: Record<string, ErrorBody>, headers?: object) =>
  json(
    description,
    schemaRef('Error'),
    Object.fromEntries(Object.entries(codes).map(([name, value]) => [name, { summary: value.error.code, value }])),
    headers,
  );

const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
};

/** components.responses, referenced by `$ref: '#/components/responses/<name>'`. */
export const responses = {
  ValidationError: errorResponse('Invalid input: `details` lists each problem with its field path.', {
    invalid: envelope('validation_error', 'Invalid request: language: Invalid option', [
      { path: 'language', message: 'Invalid option: expected one of "auto"|"en"|"sw"' },
    ]),
  }),
  Unauthorized: errorResponse(
    'No valid bearer token: missing, expired, tampered, or not HS256.',
    { unauthorized: envelope('unauthorized', 'A valid bearer token is required.') },
    { 'WWW-Authenticate': { description: 'Bearer', schema: { type: 'string' } } },
  ),
  NotFound: errorResponse('No such analysis, or not yours (never 403).', {
    missing: envelope('not_found', 'No such analysis.'),
  }),
  RateLimited: errorResponse(
    'Too many attempts from this address or for this account.',
    { limited: envelope('rate_limited', 'Too many attempts. Try again in 60 seconds.', { retry_after_s: 60 }) },
    retryAfter,
  ),
  ClientError: errorResponse(
    'Any other client error, in the same envelope: a malformed request line or header (400), headers too large ' +
      '(431), or a method this path does not allow (405 method_not_allowed, with `Allow` listing those it does).',
    {
      method: envelope('method_not_allowed', 'PUT is not allowed here; use GET or DELETE.'),
      header: envelope('validation_error', 'The request headers could not be read.'),
    },
    { Allow: { description: 'With 405: the methods this path allows.', schema: { type: 'string' } } },
  ),
  ServerError: errorResponse(
    'The server failed (500 internal_error, with a request id to quote) or a backend is unavailable ' +
      '(503 service_unavailable, with Retry-After).',
    {
      internal: envelope('internal_error', 'Internal server error.', { request_id: 'req-7f3c2a' }),
      unavailable: envelope('service_unavailable', 'The service is busy; try again shortly.'),
    },
    retryAfter,
  ),
};

type ResponseName = keyof typeof responses;
export const responseRef = (name: ResponseName) => ({ $ref: `#/components/responses/${name}` });

/** What any operation may also answer; listed last so that specific codes come first. */
export const anyError = { '4XX': responseRef('ClientError'), '5XX': responseRef('ServerError') };

export { envelope, retryAfter };
