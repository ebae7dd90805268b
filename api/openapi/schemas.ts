import { z } from 'zod';
import { STAGE_QUEUES } from '../../jobs/queues.js';
import { loginSchema, registerSchema } from '../../lib/account-schemas.js';
import { ANALYSIS_STATUSES, STAGE_STATUSES } from '../../lib/analyses/states.js';
import { RESULT_KINDS, type ResultName } from '../../lib/results/index.js';
import { ROLES } from '../../lib/tokens.js';
import { baselineViewSchema, trendViewSchema } from '../../lib/baseline/trends.js';
import { interfaceViewSchema } from '../../lib/interfaces/view.js';
import {
  assessmentListSchema,
  escalationDetailSchema,
  escalationListSchema,
  escalationSchema,
} from '../routes/clinicians.routes.js';
import { componentSchemas } from './json-schema.js';

// What the server answers, in zod: each stage result is the very schema its kind validates and stores with.

const uuid = z.uuid();
const time = z.iso.datetime();

export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable machine code, e.g. validation_error, not_found, rate_limited.'),
    message: z.string().describe('For people; may change.'),
    details: z.unknown().optional().describe('Per code: the invalid fields, retry_after_s, the failing checks…'),
  }),
});

export const tokenSchema = z.object({
  access_token: z.string().describe('A JWT (HS256): send it as `Authorization: Bearer <token>`.'),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().positive().describe('Seconds until the token expires.'),
});

export const registeredSchema = tokenSchema.extend({ user_id: uuid, email: z.email() });

export const meSchema = z.object({ user_id: uuid, email: z.email(), role: z.enum(ROLES), created_at: time });

export const acceptedSchema = z.object({ id: uuid, status: z.enum(ANALYSIS_STATUSES), created_at: time });

const stageStateSchema = z.object({
  status: z.enum(STAGE_STATUSES),
  attempts: z.number().int().min(0),
  started_at: time.nullable(),
  completed_at: time.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).optional().describe('The last attempt failed.'),
});

/** The kinds GET shows as result.<name>, under their component names (Transcription, Acoustics, …). */
const presented = (Object.keys(RESULT_KINDS) as ResultName[]).filter((n) => RESULT_KINDS[n].presented);
const componentName = (n: string) => n[0]!.toUpperCase() + n.slice(1);
const shown = (n: ResultName): z.ZodType => RESULT_KINDS[n].presentedSchema ?? RESULT_KINDS[n].schema;
const resultSchemas = Object.fromEntries(presented.map((n) => [componentName(n), shown(n)]));

export const analysisSchema = z.object({
  id: uuid,
  status: z.enum(ANALYSIS_STATUSES),
  created_at: time,
  started_at: time.nullable(),
  completed_at: time.nullable(),
  conversation_id: uuid,
  stages: z
    .object(Object.fromEntries(STAGE_QUEUES.map((s) => [s, stageStateSchema.optional()])))
    .describe('The stages this analysis runs through, each with its state.'),
  result: z
    .object(Object.fromEntries(presented.map((n) => [n, shown(n).optional()])))
    .describe('Each stage result once its stage has completed.'),
  error: z
    .object({ code: z.string(), message: z.string(), stage: z.enum(STAGE_QUEUES) })
    .optional()
    .describe(
      'Why the analysis failed, and in which stage. An emotion or baseline stage that fails for good lets the ' +
        'stages after it run (risk above all): the analysis shows its error while processing, and ends failed. ' +
        'Codes: invalid_audio (undecodable or silent audio, not retried), stage_timeout, ' +
        'stage_failed, provider_unavailable, provider_rate_limited (the provider kept answering 429), ' +
        'stage_stalled (its worker stopped twice while running it), enqueue_failed (its jobs could not be queued), …',
    ),
});

export const analysisListSchema = z.object({
  data: z.array(analysisSchema).describe('Newest first.'),
  next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last one.'),
});

export const healthSchema = z.object({ status: z.literal('ok') });
export const readySchema = z.object({ status: z.literal('ready'), checks: z.record(z.string(), z.literal('ok')) });

/** components.schemas: responses as the server produces them, request bodies as it accepts them. */
export const schemas = {
  ...componentSchemas(
    {
      Error: errorSchema,
      Token: tokenSchema,
      Registered: registeredSchema,
      Me: meSchema,
      Accepted: acceptedSchema,
      StageState: stageStateSchema,
      ...resultSchemas,
      Analysis: analysisSchema,
      AnalysisList: analysisListSchema,
      PersonalBaseline: baselineViewSchema,
      Trend: trendViewSchema,
      PersonalInterface: interfaceViewSchema,
      Escalation: escalationSchema,
      EscalationDetail: escalationDetailSchema,
      EscalationList: escalationListSchema,
      RiskAssessmentList: assessmentListSchema,
      Health: healthSchema,
      Ready: readySchema,
    },
    'output',
  ),
  ...componentSchemas({ Registration: registerSchema, Credentials: loginSchema }, 'input'),
};
