import { DEFAULT_VIEW } from '../../lib/interfaces/view.js';
import { trendsQuerySchema } from '../routes/me.routes.js';
import { propertiesOf, schemaRef } from './json-schema.js';
import { anyError, json, responseRef } from './responses.js';

// GET /v1/me/baseline, /v1/me/trends and /v1/me/trends.svg: the caller's own voice baseline (DESIGN §9).

const bearer = [{ bearer: [] }];
const tags = ['people'];

const baseline = {
  status: 'established',
  sessions: 12,
  required: 5,
  window: 20,
  established_at: '2026-11-08T07:12:40.000Z',
  updated_at: '2026-11-29T18:03:11.000Z',
  features: {
    f0_sd_st: { median: 2.41, mad: 0.22, n: 12, label: 'Pitch variability', unit: 'semitones' },
    speech_rate_syl_per_s: { median: 4.12, mad: 0.31, n: 12, label: 'Speech rate', unit: 'syllables/s' },
  },
};

const trend = {
  feature: 'f0_sd_st',
  label: 'Pitch variability',
  unit: 'semitones',
  status: 'established',
  sessions: 12,
  required: 5,
  band: { median: 2.41, low: 1.76, high: 3.06 },
  points: [
    {
      analysis_id: '0b6f1c1e-5c8a-4c5e-9d7f-1f1d2b3c4d5e',
      recorded_at: '2026-11-28T07:59:30.000Z',
      value: 2.35,
      z: -0.18,
      deviating: false,
    },
    {
      analysis_id: '5a1e0c2d-7b3f-4e6a-8c9d-2e3f4a5b6c7d',
      recorded_at: '2026-11-29T08:02:11.000Z',
      value: 1.31,
      z: -3.38,
      deviating: true,
    },
  ],
};

const parameters = Object.entries(propertiesOf(trendsQuerySchema, 'input')).map(([name, schema]) => ({
  name,
  in: 'query',
  required: false,
  schema,
}));

const nightly = {
  default: false,
  version: 4,
  night: '2026-12-02',
  time_zone: 'Africa/Nairobi',
  generated_at: '2026-12-02T00:00:04.120Z',
  config: {
    theme: 'calming',
    rule: 'anxiety',
    content: {
      language: 'sw',
      check_in_prompt: 'gentle',
      exercises: ['slow_breathing', 'grounding_5_4_3_2_1'],
      show_crisis_resources: false,
      show_support_resources: false,
      reminder: 'usual',
    },
    sessions: 9,
  },
};

const collecting = { ...baseline, status: 'collecting', sessions: 3, established_at: null, features: {} };

export const mePaths = {
  '/v1/me/baseline': {
    get: {
      operationId: 'getMyBaseline',
      tags,
      summary: "The caller's voice baseline: status, sessions, and per-measure median, MAD and n",
      security: bearer,
      responses: {
        200: json('The baseline (collecting until it holds `required` sessions).', schemaRef('PersonalBaseline'), {
          established: { summary: 'Established', value: baseline },
          collecting: { summary: 'Still collecting', value: collecting },
        }),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
  '/v1/me/trends': {
    get: {
      operationId: 'getMyTrend',
      tags,
      summary: "One voice measure over the caller's recent sessions, with z and the usual range",
      security: bearer,
      parameters,
      responses: {
        200: json('The trend.', schemaRef('Trend'), { trend: { summary: 'Pitch variability', value: trend } }),
        400: responseRef('ValidationError'),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
  '/v1/me/interface': {
    get: {
      operationId: 'getMyInterface',
      tags,
      summary: "The caller's active interface (theme and content), written nightly; the default one until then",
      security: bearer,
      responses: {
        200: json(
          'The active interface; `default: true` when no night has written one.',
          schemaRef('PersonalInterface'),
          {
            nightly: { summary: 'Written by a night', value: nightly },
            default: { summary: 'Default (not enough history yet)', value: DEFAULT_VIEW },
          },
        ),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
  '/v1/me/trends.svg': {
    get: {
      operationId: 'getMyTrendChart',
      tags,
      summary: 'The same trend as a chart (SVG, no scripts), with a text alternative in its title and desc',
      security: bearer,
      parameters,
      responses: {
        200: {
          description: 'The chart.',
          content: {
            'image/svg+xml': {
              schema: { type: 'string' },
              examples: {
                chart: { summary: 'SVG', value: '<svg xmlns="http://www.w3.org/2000/svg" role="img">…</svg>' },
              },
            },
          },
        },
        400: responseRef('ValidationError'),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
};
