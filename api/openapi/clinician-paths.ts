import { assessmentQuerySchema, closeSchema, escalationQuerySchema } from '../routes/clinicians.routes.js';
import { trendsQuerySchema } from '../routes/me.routes.js';
import { jsonSchema, propertiesOf, schemaRef } from './json-schema.js';
import { anyError, envelope, errorResponse, json, responseRef } from './responses.js';

// The clinicians' routes (role clinician or admin; others 403), every access written to audit_log.

const bearer = [{ bearer: [] }];
const tags = ['clinicians'];
const forbidden = errorResponse('Not a clinician or admin.', {
  role: envelope('forbidden', 'This is for clinicians.'),
});
const notFound = errorResponse('No such escalation.', { missing: envelope('not_found', 'No such escalation.') });
const query = (schema: Parameters<typeof propertiesOf>[0]) =>
  Object.entries(propertiesOf(schema, 'input')).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

const escalation = {
  id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  analysis_id: '0b6f1c1e-5c8a-4c5e-9d7f-1f1d2b3c4d5e',
  user_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  level: 'critical',
  status: 'created',
  tier: 'plan',
  reason_codes: ['ideation_plan', 'distressed_voice'],
  created_at: '2026-11-29T08:02:14.000Z',
  updated_at: '2026-11-29T08:02:14.000Z',
  acknowledged_at: null,
  acknowledged_by: null,
  closed_at: null,
  closed_by: null,
  failure_reason: null,
};
const detail = {
  ...escalation,
  score: 0.95,
  factors: [{ layer: 'language', code: 'ideation_plan', weight: 0.9, span: 'nitajiua kesho' }],
};
const assessment = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  analysis_id: escalation.analysis_id,
  user_id: escalation.user_id,
  level: 'critical',
  score: 0.95,
  tier: 'plan',
  reason_codes: ['ideation_plan'],
  assessed_at: '2026-11-29T08:02:14.000Z',
};
const common = { 401: responseRef('Unauthorized'), 403: forbidden, ...anyError };

export const clinicianPaths = {
  '/v1/escalations': {
    get: {
      operationId: 'listEscalations',
      tags,
      summary: 'Escalations, newest first (codes only, no text)',
      security: bearer,
      parameters: query(escalationQuerySchema),
      responses: {
        200: json('A page.', schemaRef('EscalationList'), {
          page: { summary: 'One page', value: { data: [escalation], next_cursor: null } },
        }),
        400: responseRef('ValidationError'),
        ...common,
      },
    },
  },
  '/v1/escalations/{id}': {
    get: {
      operationId: 'getEscalation',
      tags,
      summary: 'One escalation with the factors and short spans that raised it',
      security: bearer,
      parameters: [idParam],
      responses: {
        200: json('The escalation.', schemaRef('EscalationDetail'), { one: { summary: 'Critical', value: detail } }),
        400: responseRef('ValidationError'),
        404: notFound,
        ...common,
      },
    },
  },
  '/v1/escalations/{id}/trends': {
    get: {
      operationId: 'getEscalationTrend',
      tags,
      summary: 'One voice measure of the person behind an open escalation, as GET /v1/me/trends shows them',
      security: bearer,
      parameters: [idParam, ...query(trendsQuerySchema)],
      responses: {
        200: json('The trend.', schemaRef('Trend'), {
          trend: {
            summary: 'Pitch variability',
            value: {
              feature: 'f0_sd_st',
              label: 'Pitch variability',
              unit: 'semitones',
              status: 'collecting',
              sessions: 2,
              required: 5,
              band: null,
              points: [],
            },
          },
        }),
        400: responseRef('ValidationError'),
        404: errorResponse('No such open escalation.', { missing: envelope('not_found', 'No such open escalation.') }),
        ...common,
      },
    },
  },
  '/v1/escalations/{id}/acknowledge': {
    post: {
      operationId: 'acknowledgeEscalation',
      tags,
      summary: 'Acknowledge (created, routed or failed → acknowledged; again: no change)',
      security: bearer,
      parameters: [idParam],
      responses: {
        200: json('Acknowledged.', schemaRef('Escalation'), {
          ack: { summary: 'Acknowledged', value: { ...escalation, status: 'acknowledged' } },
        }),
        404: notFound,
        409: errorResponse('It is closed.', { closed: envelope('escalation_closed', 'This escalation is closed.') }),
        ...common,
      },
    },
  },
  '/v1/escalations/{id}/close': {
    post: {
      operationId: 'closeEscalation',
      tags,
      summary: "Close with the clinician's note",
      security: bearer,
      parameters: [idParam],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: jsonSchema(closeSchema, 'input'),
            examples: { note: { summary: 'A note', value: { note: 'Called; safe with family tonight.' } } },
          },
        },
      },
      responses: {
        200: json('Closed.', schemaRef('Escalation'), {
          closed: { summary: 'Closed', value: { ...escalation, status: 'closed' } },
        }),
        400: responseRef('ValidationError'),
        404: notFound,
        ...common,
      },
    },
  },
  '/v1/risk-assessments': {
    get: {
      operationId: 'listRiskAssessments',
      tags,
      summary: 'Risk assessments, newest first, by level and time',
      security: bearer,
      parameters: query(assessmentQuerySchema),
      responses: {
        200: json('A page.', schemaRef('RiskAssessmentList'), {
          page: { summary: 'One page', value: { data: [assessment], next_cursor: null } },
        }),
        400: responseRef('ValidationError'),
        ...common,
      },
    },
  },
};
