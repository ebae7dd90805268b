import { analysesPaths } from './openapi/analyses-paths.js';
import { authPaths } from './openapi/auth-paths.js';
import { mePaths } from './openapi/me-paths.js';
import { clinicianPaths } from './openapi/clinician-paths.js';
import { responses } from './openapi/responses.js';
import { schemas } from './openapi/schemas.js';
import { servicePaths } from './openapi/service-paths.js';

/**
 * OpenAPI 3.1 description of every route, generated from the zod schemas the server validates requests and stores
 * results with (api/openapi/): test/integration/api/openapi*.test.ts check real responses, lint it with Redocly
 * and compile a generated client against it.
 */
export function openApiDocument({ audioMaxBytes }: { audioMaxBytes: number }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Resona',
      version: '0.1.0',
      description:
        'Voice check-in processing: submit a recording, poll its analysis (transcript, voice measures, emotion, ' +
        'baseline, risk). Every error is `{"error": {"code", "message", "details"?}}`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'The server that serves this document' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'auth', description: 'Accounts and access tokens.' },
      { name: 'analyses', description: 'Submit check-ins and poll their analyses.' },
      { name: 'people', description: "The caller's own voice baseline and trends." },
      { name: 'clinicians', description: 'Escalations and risk assessments, for clinicians and admins.' },
      { name: 'service', description: 'Health, readiness, metrics and this document; no credentials.' },
      { name: 'operators', description: 'The queue dashboard.' },
    ],
    paths: { ...authPaths, ...analysesPaths({ audioMaxBytes }), ...mePaths, ...clinicianPaths, ...servicePaths },
    components: {
      schemas,
      responses,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        basic: { type: 'http', scheme: 'basic', description: 'Bull Board only: email and password.' },
      },
    },
  };
}
