import { schemaRef } from './json-schema.js';
import { anyError, errorResponse, envelope, json, responseRef } from './responses.js';
import * as ex from './examples.js';

const PUBLIC: never[] = [];
const bearer = [{ bearer: [] }];

const body = (name: string, examples: Record<string, { summary: string; value: unknown }>) => ({
  required: true,
  content: { 'application/json': { schema: schemaRef(name), examples } },
});

export const authPaths = {
  '/v1/auth/register': {
    post: {
      operationId: 'register',
      tags: ['auth'],
      summary: 'Create an account',
      description: 'Creates a person with role `user` and returns an access token. Limited per address and overall.',
      security: PUBLIC,
      requestBody: body('Registration', {
        person: {
          summary: 'A new account',
          value: { email: ex.registered.email, password: 'correct horse battery', consent_version: '2025-01' },
        },
      }),
      responses: {
        201: json('Created, with an access token.', schemaRef('Registered'), {
          created: { summary: 'The new account', value: ex.registered },
        }),
        400: responseRef('ValidationError'),
        409: errorResponse('An account with this email exists.', {
          taken: envelope('email_taken', 'An account with this email already exists.'),
        }),
        429: responseRef('RateLimited'),
        ...anyError,
      },
    },
  },
  '/v1/auth/login': {
    post: {
      operationId: 'logIn',
      tags: ['auth'],
      summary: 'Get an access token',
      security: PUBLIC,
      requestBody: body('Credentials', {
        person: {
          summary: 'Email and password',
          value: { email: ex.registered.email, password: 'correct horse battery' },
        },
      }),
      responses: {
        200: json('Logged in.', schemaRef('Token'), {
          token: { summary: 'A bearer token', value: ex.token },
        }),
        400: responseRef('ValidationError'),
        401: errorResponse('Wrong email or password (the same answer for both).', {
          wrong: envelope('invalid_credentials', 'The email or password is incorrect.'),
        }),
        429: responseRef('RateLimited'),
        ...anyError,
      },
    },
  },
  '/v1/auth/me': {
    get: {
      operationId: 'getMe',
      tags: ['auth'],
      summary: 'The caller',
      security: bearer,
      responses: {
        200: json('The account the token belongs to.', schemaRef('Me'), { me: { summary: 'A person', value: ex.me } }),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
};
