import { idempotencyKey, idSchema, listSchema, submitSchema } from '../routes/analyses.routes.js';
import { jsonSchema, propertiesOf, schemaRef } from './json-schema.js';
import { anyError, envelope, errorResponse, json, responseRef, retryAfter } from './responses.js';
import * as ex from './examples.js';

const bearer = [{ bearer: [] }];
const tags = ['analyses'];

/** What a client may declare for the file part; the server believes only the bytes (sniffed). */
const AUDIO_TYPES = ['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/webm', 'audio/mp4', 'audio/flac'];

/** What zod checks but JSON Schema cannot say on its own (a trim, a URL scheme), and what each field is for. */
const FIELD_NOTES: Record<string, object> = {
  transcript: {
    description: "The person's words as typed or transcribed on the device (at least one non-space character).",
    pattern: '\\S',
  },
  language: { description: 'Language of the speech: detected, English or Swahili (code-switching is fine).' },
  conversation_id: { description: 'One of your check-in sessions to add this to; a new one is started when absent.' },
  recorded_at: {
    description:
      'When it was recorded, with its UTC offset (sessions recorded offline are placed by it); at most 10 minutes ahead of the server’s clock and not before 2000.',
  },
  callback_url: {
    description: 'Receives a signed POST `{id, status}` when the analysis ends; http(s) to a public address only.',
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
  },
};

function uploadSchema(audioMaxBytes: number) {
  const fields = Object.fromEntries(
    Object.entries(propertiesOf(submitSchema, 'input')).map(([name, s]) => [name, { ...s, ...FIELD_NOTES[name] }]),
  );
  const audio = {
    type: 'string',
    format: 'binary',
    contentMediaType: 'application/octet-stream',
    description:
      'The recording as a file part (not a plain field): WAV, MP3, Ogg/Opus, WebM, MP4/M4A or FLAC, recognised ' +
      `from its bytes whatever its name or declared type; at most ${audioMaxBytes} bytes (AUDIO_MAX_BYTES).`,
  };
  return {
    type: 'object',
    description: 'Send `audio`, `transcript`, or both. Other fields are ignored.',
    properties: { audio, ...fields },
    // Audio (with or without a transcript) or a transcript alone: exactly one branch holds whenever either is sent.
    // oneOf, not anyOf: openapi-typescript makes oneOf `fields & (A | B)`, which refuses a body with neither.
    oneOf: [
      { type: 'object', required: ['audio'], properties: { audio } },
      {
        type: 'object',
        required: ['transcript'],
        properties: { transcript: fields.transcript },
        not: { required: ['audio'], properties: { audio } },
      },
    ],
  };
}

const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The analysis id. Any well-formed UUID: one that is not yours answers 404.',
  schema: propertiesOf(idSchema, 'input').id,
  example: ex.ids.analysis,
};

const LIST_NOTES: Record<string, object> = {
  status: { description: 'Only analyses in this status.', example: 'completed' },
  limit: { description: 'Page size.', example: 20 },
  cursor: { description: '`next_cursor` of the previous page.', example: ex.page.next_cursor },
};

const badId = errorResponse('The id is not a UUID.', {
  malformed: envelope('validation_error', 'Invalid request: id: Invalid GUID', [
    { path: 'id', message: 'Invalid GUID' },
  ]),
});

export const analysesPaths = ({ audioMaxBytes }: { audioMaxBytes: number }) => ({
  '/v1/analyses': {
    post: {
      operationId: 'submitAnalysis',
      tags,
      summary: 'Submit a recording and/or a transcript',
      description:
        'Stores the upload encrypted and commits the analysis before answering 202; poll `GET /v1/analyses/{id}`.',
      security: bearer,
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'The same key with the same body answers with the original analysis; with another body, 422.',
          schema: jsonSchema(idempotencyKey.unwrap(), 'input'),
          example: 'check-in-2025-01-06-0800',
        },
      ],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: uploadSchema(audioMaxBytes),
            encoding: { audio: { contentType: [...AUDIO_TYPES, 'application/octet-stream'].join(', ') } },
            examples: {
              recording: {
                summary: 'A voice check-in',
                value: { audio: '(the recording’s bytes)', language: 'sw', recorded_at: '2025-01-06T07:59:30+03:00' },
              },
              text: { summary: 'Text only', value: { transcript: 'Niko sawa, nimechoka tu.', language: 'sw' } },
            },
          },
        },
      },
      responses: {
        202: json('Accepted and committed (or the original, for a repeated Idempotency-Key).', schemaRef('Accepted'), {
          queued: { summary: 'Queued', value: ex.accepted },
        }),
        400: errorResponse('Invalid input.', {
          neither: envelope('validation_error', 'Send an audio recording or a transcript.'),
          field: envelope('validation_error', 'Invalid request: language: Invalid option', [
            { path: 'language', message: 'Invalid option: expected one of "auto"|"en"|"sw"' },
          ]),
        }),
        401: responseRef('Unauthorized'),
        404: errorResponse('conversation_id is not one of yours.', {
          conversation: envelope('not_found', 'No such conversation.'),
        }),
        408: errorResponse('The body did not arrive in time.', {
          slow: envelope('request_timeout', 'The upload took too long.'),
        }),
        413: errorResponse(`The recording is over ${audioMaxBytes} bytes, a field over 64 KiB, or too many fields.`, {
          recording: envelope('payload_too_large', `The recording is larger than ${audioMaxBytes} bytes.`),
        }),
        415: errorResponse('The bytes are not a supported audio container.', {
          container: envelope(
            'unsupported_media_type',
            'The file is not a supported audio recording (WAV, MP3, Ogg/Opus, WebM, MP4/M4A or FLAC).',
          ),
        }),
        422: errorResponse('This Idempotency-Key was used with a different submission.', {
          reused: envelope('idempotency_key_reused', 'This Idempotency-Key was used with a different request.'),
        }),
        503: errorResponse(
          'Too busy to take the upload now.',
          { busy: envelope('service_unavailable', 'The service is busy; try again shortly.') },
          retryAfter,
        ),
        ...anyError,
      },
    },
    get: {
      operationId: 'listAnalyses',
      tags,
      summary: "The caller's analyses, newest first",
      security: bearer,
      parameters: Object.entries(propertiesOf(listSchema, 'input')).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema,
        ...LIST_NOTES[name],
      })),
      responses: {
        200: json('A page.', schemaRef('AnalysisList'), { page: { summary: 'One page', value: ex.page } }),
        400: responseRef('ValidationError'),
        401: responseRef('Unauthorized'),
        ...anyError,
      },
    },
  },
  '/v1/analyses/{id}': {
    get: {
      operationId: 'getAnalysis',
      tags,
      summary: 'One analysis with its stage states and results',
      security: bearer,
      parameters: [idParam],
      responses: {
        200: json('The analysis.', schemaRef('Analysis'), {
          completed: { summary: 'Completed', value: ex.completed },
          failed: { summary: 'Failed: silent audio', value: ex.failed },
        }),
        400: badId,
        401: responseRef('Unauthorized'),
        404: responseRef('NotFound'),
        ...anyError,
      },
    },
    delete: {
      operationId: 'deleteAnalysis',
      tags,
      summary: 'Delete the analysis: its pending stages, audio, transcript, results and delivery log',
      description:
        'Afterwards GET answers 404 for it and the list leaves it out; an audit row without content remains.',
      security: bearer,
      parameters: [idParam],
      responses: {
        204: { description: 'Deleted.' },
        400: badId,
        401: responseRef('Unauthorized'),
        404: responseRef('NotFound'),
        ...anyError,
      },
    },
  },
});
