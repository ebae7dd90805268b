import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { discardStagedUpload } from '../lib/audio/upload-staging.js';
import { AppError, PayloadTooLargeError, ValidationError } from '../lib/errors.js';
import { storeAudio, type ReceivedAudio } from './submission-audio.js';

export type { ReceivedAudio } from './submission-audio.js';

class RequestTimeoutError extends AppError {
  readonly statusCode = 408;
  readonly code = 'request_timeout';
}

export interface Submission {
  fields: Record<string, string>;
  audio?: ReceivedAudio;
}

export const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 64 * 1024;
export const MAX_TOTAL_FIELD_BYTES = 128 * 1024;
// Room for multipart framing and the parser's read-ahead beyond the field bytes themselves.
const FRAMING_SLACK_BYTES = 512 * 1024;

export interface ReceiveOptions {
  db: Knex;
  /** false: the audio part is hashed and sniffed only (an idempotency key seen before). */
  stage: boolean;
  userId: string;
  master: Buffer;
  maxBytes: number;
  /** The whole body must arrive within this; then 408. */
  bodyTimeoutMs: number;
}

const AUDIO_AS_FIELD =
  'Send "audio" as a multipart file part: Content-Disposition: form-data; name="audio"; filename="…" ' +
  '(curl -F audio=@recording.m4a), not as a text field.';

/**
 * Streams a multipart/form-data submission. Text fields are kept (at most MAX_FIELDS, MAX_TOTAL_FIELD_BYTES
 * together); the `audio` part is sniffed, hashed and encrypted into staging (storeAudio). Every failure (limits:
 * 413/400; unknown container: 415; the body deadline: 408; an aborted request) stops reading, closes the
 * connection after the answer and removes what was staged.
 */
export function receiveSubmission(req: Request, res: Response, opts: ReceiveOptions): Promise<Submission> {
  if (!req.is('multipart/form-data'))
    return Promise.reject(new ValidationError('Send the analysis as multipart/form-data.'));
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let fieldBytes = 0;
    let received = 0;
    let audioBytes = 0;
    let audioStream: Readable | undefined;
    let audio: Promise<ReceivedAudio> | undefined;
    let settled = false;
    let parser: busboy.Busboy | undefined;
    const nonFileBudget = MAX_TOTAL_FIELD_BYTES + FRAMING_SLACK_BYTES;
    const tooManyFieldBytes = () =>
      new PayloadTooLargeError(`The form fields are larger than ${MAX_TOTAL_FIELD_BYTES} bytes together.`);

    const settle = () => {
      settled = true;
      clearTimeout(deadline);
      req.off('data', count);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settle();
      if (parser) req.unpipe(parser);
      // The part being stored stops and removes its chunks; one already stored whole is removed here.
      audioStream?.destroy(err);
      void audio?.then(
        (a) => a.staged && discardStagedUpload(opts.db, a.staged.recordingId),
        () => undefined,
      );
      // Stop reading the upload: answer, then close the connection instead of draining the rest.
      res.setHeader('Connection', 'close');
      // Half-close after the answer so the client can read it, then drop the socket if it keeps sending.
      res.once('finish', () => {
        req.socket.end();
        setTimeout(() => req.socket.destroy(), 5000).unref();
      });
      reject(err);
    };
    // Bytes that are not audio are form fields or framing: a huge field is refused as it streams, not once read.
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received - audioBytes > nonFileBudget) fail(tooManyFieldBytes());
    };
    const deadline = setTimeout(
      () => fail(new RequestTimeoutError(`The upload did not arrive within ${opts.bodyTimeoutMs} ms.`)),
      opts.bodyTimeoutMs,
    );

    if (Number(req.get('content-length') ?? 0) > opts.maxBytes + nonFileBudget) {
      return fail(
        new PayloadTooLargeError(`The body is larger than a ${opts.maxBytes}-byte recording and its fields.`),
      );
    }
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fieldSize: MAX_FIELD_BYTES, fileSize: opts.maxBytes, files: 1, fields: MAX_FIELDS },
      });
    } catch {
      return fail(new ValidationError('The multipart body could not be read.'));
    }
    parser.on('field', (name, value, info) => {
      fieldBytes += Buffer.byteLength(name) + Buffer.byteLength(value);
      if (name === 'audio') fail(new ValidationError(AUDIO_AS_FIELD));
      else if (info.valueTruncated)
        fail(new PayloadTooLargeError(`Field ${name} is larger than ${MAX_FIELD_BYTES} bytes.`));
      else if (fieldBytes > MAX_TOTAL_FIELD_BYTES) fail(tooManyFieldBytes());
      else fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      // Destroyed on failure before storeAudio may be reading it: the error must not go unheard.
      stream.on('error', () => undefined);
      // A part busboy still emits after the request failed is drained, never stored.
      if (settled) return void stream.resume();
      if (name !== 'audio') {
        stream.resume();
        return fail(new ValidationError(`Unexpected file field ${name}; send the recording as "audio".`));
      }
      audioStream = stream;
      stream.on('limit', () => fail(new PayloadTooLargeError(`The recording is larger than ${opts.maxBytes} bytes.`)));
      audio = storeAudio(stream, info.mimeType, { ...opts, onBytes: (n) => (audioBytes += n) });
      audio.catch((err: Error) => {
        stream.resume();
        fail(err);
      });
    });
    parser.on('fieldsLimit', () => fail(new ValidationError(`Send at most ${MAX_FIELDS} form fields.`)));
    parser.on('filesLimit', () => fail(new ValidationError('Send one recording per analysis.')));
    parser.on('error', () => fail(new ValidationError('The multipart body could not be read.')));
    parser.on('close', () => {
      if (settled) return;
      (audio ?? Promise.resolve(undefined)).then((a) => {
        if (settled) return;
        settle();
        resolve({ fields, ...(a ? { audio: a } : {}) });
      }, fail);
    });
    req.on('aborted', () => fail(new ValidationError('The upload was interrupted.')));
    req.on('data', count);
    req.pipe(parser);
  });
}
