/** OpenAPI 3.1 description of every route; test/integration/api/openapi.test.ts checks real responses against it. */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const dateTime = { type: 'string', format: 'date-time' };
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' };
const uuid = { type: 'string', format: 'uuid' };
const bearer = [{ bearer: [] }];
const idParam = { name: 'id', in: 'path', required: true, schema: uuid };

const stageState = {
  type: 'object',
  required: ['status', 'attempts', 'started_at', 'completed_at'],
  properties: {
    status: { enum: ['pending', 'processing', 'completed', 'failed', 'canceled'] },
    attempts: { type: 'integer', minimum: 0 },
    started_at: nullableDateTime,
    completed_at: nullableDateTime,
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
};

const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    additionalProperties: false,
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        additionalProperties: false,
        properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      },
    },
  },
  Token: {
    type: 'object',
    required: ['access_token', 'token_type', 'expires_in'],
    properties: { access_token: { type: 'string' }, token_type: { const: 'bearer' }, expires_in: { type: 'integer' } },
  },
  Registered: {
    allOf: [
      ref('Token'),
      {
        type: 'object',
        required: ['user_id', 'email'],
        properties: { user_id: uuid, email: { type: 'string', format: 'email' } },
      },
    ],
  },
  Me: {
    type: 'object',
    required: ['user_id', 'email', 'role', 'created_at'],
    additionalProperties: false,
    properties: {
      user_id: uuid,
      email: { type: 'string' },
      role: { enum: ['user', 'clinician', 'operator', 'admin'] },
      created_at: dateTime,
    },
  },
  Accepted: {
    type: 'object',
    required: ['id', 'status', 'created_at'],
    additionalProperties: false,
    properties: {
      id: uuid,
      status: { enum: ['queued', 'processing', 'completed', 'failed', 'canceled'] },
      created_at: dateTime,
    },
  },
  Analysis: {
    type: 'object',
    required: ['id', 'status', 'created_at', 'started_at', 'completed_at', 'conversation_id', 'stages', 'result'],
    additionalProperties: false,
    properties: {
      id: uuid,
      status: { enum: ['queued', 'processing', 'completed', 'failed', 'canceled'] },
      created_at: dateTime,
      started_at: nullableDateTime,
      completed_at: nullableDateTime,
      conversation_id: uuid,
      stages: { type: 'object', additionalProperties: stageState },
      result: {
        type: 'object',
        additionalProperties: false,
        properties: {
          transcription: { type: 'object' },
          acoustics: { type: 'object' },
          emotion: { type: 'object' },
          baseline: { type: 'object' },
          risk: { type: 'object' },
        },
      },
      error: {
        type: 'object',
        required: ['code', 'message', 'stage'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, stage: { type: 'string' } },
      },
    },
  },
  AnalysisList: {
    type: 'object',
    required: ['data', 'next_cursor'],
    additionalProperties: false,
    properties: { data: { type: 'array', items: ref('Analysis') }, next_cursor: { type: ['string', 'null'] } },
  },
};

const credentials = (extra: object = {}) => ({
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['email', 'password', ...Object.keys(extra)],
        properties: {
          email: { type: 'string', format: 'email' },
          password: { type: 'string', minLength: 8, maxLength: 128 },
          ...extra,
        },
      },
    },
  },
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Resona',
    version: '0.1.0',
    description: 'Voice check-in processing: submit recordings, poll analyses.',
  },
  components: {
    schemas,
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      basic: { type: 'http', scheme: 'basic' },
    },
  },
  paths: {
    '/v1/auth/register': {
      post: {
        summary: 'Create an account',
        requestBody: credentials({ consent_version: { type: 'string' } }),
        responses: { 201: json(ref('Registered'), 'Created'), 400: error('Invalid input'), 409: error('Email taken') },
      },
    },
    '/v1/auth/login': {
      post: {
        summary: 'Get an access token',
        requestBody: credentials(),
        responses: {
          200: json(ref('Token'), 'Logged in'),
          400: error('Invalid input'),
          401: error('Wrong email or password'),
          429: error('Too many attempts (Retry-After)'),
        },
      },
    },
    '/v1/auth/me': {
      get: {
        summary: 'The caller',
        security: bearer,
        responses: { 200: json(ref('Me'), 'The account'), 401: error('No valid token') },
      },
    },
    '/v1/analyses': {
      post: {
        summary: 'Submit a recording and/or transcript',
        security: bearer,
        parameters: [
          { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } },
        ],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  audio: {
                    type: 'string',
                    contentMediaType: 'application/octet-stream',
                    description: 'WAV, MP3, Ogg/Opus, WebM, MP4/M4A or FLAC; required unless transcript is given',
                  },
                  transcript: { type: 'string' },
                  language: { enum: ['auto', 'en', 'sw'], default: 'auto' },
                  conversation_id: uuid,
                  recorded_at: dateTime,
                  callback_url: { type: 'string', format: 'uri' },
                },
              },
            },
          },
        },
        responses: {
          202: json(ref('Accepted'), 'Accepted and committed'),
          400: error('Invalid input'),
          401: error('No valid token'),
          404: error('Unknown conversation'),
          413: error('Upload over AUDIO_MAX_BYTES'),
          415: error('Not a known audio container'),
        },
      },
      get: {
        summary: "The caller's analyses, newest first",
        security: bearer,
        parameters: [
          {
            name: 'status',
            in: 'query',
            schema: { enum: ['queued', 'processing', 'completed', 'failed', 'canceled'] },
          },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          200: json(ref('AnalysisList'), 'A page'),
          400: error('Invalid query'),
          401: error('No valid token'),
        },
      },
    },
    '/v1/analyses/{id}': {
      get: {
        summary: 'One analysis with its stage states and results',
        security: bearer,
        parameters: [idParam],
        responses: {
          200: json(ref('Analysis'), 'The analysis'),
          401: error('No valid token'),
          404: error('Not found (or not yours)'),
        },
      },
      delete: {
        summary: 'Cancel pending stages and erase audio and results',
        security: bearer,
        parameters: [idParam],
        responses: {
          204: { description: 'Canceled' },
          401: error('No valid token'),
          404: error('Not found (or not yours)'),
        },
      },
    },
    '/healthz': {
      get: { summary: 'Process up', responses: { 200: json({ type: 'object', required: ['status'] }, 'Up') } },
    },
    '/readyz': {
      get: {
        summary: 'PostgreSQL and the queue backend reachable',
        responses: {
          200: json({ type: 'object', required: ['status', 'checks'] }, 'Ready'),
          503: error('A backend is unreachable'),
        },
      },
    },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics',
        responses: { 200: { description: 'Text exposition format', content: { 'text/plain': {} } } },
      },
    },
    '/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
    '/admin/queues': {
      get: {
        summary: 'Bull Board: operators read, admins act',
        security: [{ basic: [] }, { bearer: [] }],
        responses: {
          200: { description: 'Dashboard' },
          401: error('No credentials'),
          403: error('Role user or clinician'),
        },
      },
    },
  },
} as const;
