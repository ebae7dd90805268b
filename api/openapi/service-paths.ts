import { schemaRef } from './json-schema.js';
import { anyError, envelope, errorResponse, json } from './responses.js';

const PUBLIC: never[] = [];

const METRICS_EXAMPLE = [
  '# HELP resona_http_request_duration_seconds HTTP request duration by route pattern and status',
  '# TYPE resona_http_request_duration_seconds histogram',
  'resona_http_request_duration_seconds_count{method="POST",route="/v1/analyses",status="202"} 2',
].join('\n');

export const servicePaths = {
  '/healthz': {
    get: {
      operationId: 'getHealth',
      tags: ['service'],
      summary: 'The process is up',
      security: PUBLIC,
      responses: {
        200: json('Up.', schemaRef('Health'), { up: { summary: 'Up', value: { status: 'ok' } } }),
        ...anyError,
      },
    },
  },
  '/readyz': {
    get: {
      operationId: 'getReadiness',
      tags: ['service'],
      summary: 'PostgreSQL and the queue backend answer',
      security: PUBLIC,
      responses: {
        200: json('Ready.', schemaRef('Ready'), {
          ready: { summary: 'Ready', value: { status: 'ready', checks: { database: 'ok', queue: 'ok' } } },
        }),
        503: errorResponse('A backend does not answer; `details.checks` says which.', {
          down: envelope('not_ready', 'A backend is not reachable.', { checks: { database: 'ok', queue: 'failing' } }),
        }),
        ...anyError,
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'getMetrics',
      tags: ['service'],
      summary: 'Prometheus metrics',
      description: 'Keep it on a private network: it is not authenticated.',
      security: PUBLIC,
      responses: {
        200: {
          description: 'Prometheus text exposition format 0.0.4.',
          content: {
            'text/plain': {
              schema: { type: 'string' },
              examples: { text: { summary: 'Excerpt', value: METRICS_EXAMPLE } },
            },
          },
        },
        ...anyError,
      },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      tags: ['service'],
      summary: 'This document',
      security: PUBLIC,
      responses: {
        200: json(
          'OpenAPI 3.1.',
          {
            type: 'object',
            required: ['openapi', 'info', 'paths'],
            properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
            additionalProperties: true,
          },
          {
            doc: {
              summary: 'The start of it',
              value: { openapi: '3.1.0', info: { title: 'Resona', version: '0.1.0' }, paths: {} },
            },
          },
        ),
        ...anyError,
      },
    },
  },
  '/admin/queues': {
    get: {
      operationId: 'openBullBoard',
      tags: ['operators'],
      summary: 'Bull Board: operators read, admins act',
      description: 'HTTP Basic (email and password) or a bearer token of role operator (read-only) or admin.',
      security: [{ basic: [] }, { bearer: [] }],
      responses: {
        200: {
          description: 'The dashboard.',
          content: {
            'text/html': {
              schema: { type: 'string' },
              examples: { page: { summary: 'HTML', value: '<!DOCTYPE html>' } },
            },
          },
        },
        401: errorResponse(
          'No credentials, or wrong ones.',
          { none: envelope('unauthorized', 'HTTP Basic credentials (email and password) or a bearer token.') },
          { 'WWW-Authenticate': { description: 'Basic realm="resona"', schema: { type: 'string' } } },
        ),
        403: errorResponse('Role user or clinician.', {
          role: envelope('forbidden', 'The queue board is for operators and admins.'),
        }),
        ...anyError,
      },
    },
  },
};
