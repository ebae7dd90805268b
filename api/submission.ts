import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { BlobWriter } from '../lib/audio/blob-store.js';
import { sniffContainer, sniffLength, type AudioContainer } from '../lib/audio/sniff.js';
import { AppError, PayloadTooLargeError, ValidationError } from '../lib/errors.js';

class UnsupportedMediaTypeError extends AppError {
  readonly statusCode = 415;
  readonly code = 'unsupported_media_type';
}

export interface ReceivedAudio {
  recordingId: string;
  container: AudioContainer;
  declaredMimeType: string;
  sizeBytes: number;
  sha256: string;
  iv: Buffer;
  authTag: Buffer;
}

export interface Submission {
  fields: Record<string, string>;
  audio?: ReceivedAudio;
}

const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Streams a multipart/form-data submission: text fields are kept, the `audio` part is sniffed,
 * hashed and encrypted into `recording_blobs` chunk by chunk inside the transaction `transaction()` opens (only
 * when there is audio) — never held whole in memory.
 * Over `maxBytes` it stops reading and rejects with 413; bytes of no known audio container reject with 415.
 */
export function receiveSubmission(
  req: Request,
  res: Response,
  opts: { transaction: () => Promise<Knex.Transaction>; userId: string; master: Buffer; maxBytes: number },
): Promise<Submission> {
  if (!req.is('multipart/form-data'))
    return Promise.reject(new ValidationError('Send the analysis as multipart/form-data.'));
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let audio: Promise<ReceivedAudio> | undefined;
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      // Stop reading the upload: answer, then close the connection instead of draining the rest.
      res.setHeader('Connection', 'close');
      // Half-close after the answer so the client can read it, then drop the socket if it keeps sending.
      res.once('finish', () => {
        req.socket.end();
        setTimeout(() => req.socket.destroy(), 5000).unref();
      });
      reject(err);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fieldSize: MAX_FIELD_BYTES, fileSize: opts.maxBytes, files: 1, fields: 20 },
      });
    } catch {
      return reject(new ValidationError('The multipart body could not be read.'));
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new PayloadTooLargeError(`Field ${name} is larger than ${MAX_FIELD_BYTES} bytes.`));
      else fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'audio') {
        stream.resume();
        return fail(new ValidationError(`Unexpected file field ${name}; send the recording as "audio".`));
      }
      stream.on('limit', () => fail(new PayloadTooLargeError(`The recording is larger than ${opts.maxBytes} bytes.`)));
      audio = storeAudio(stream, info.mimeType, opts);
      audio.catch((err: Error) => {
        stream.resume();
        fail(err);
      });
    });
    parser.on('filesLimit', () => fail(new ValidationError('Send one recording per analysis.')));
    parser.on('error', () => fail(new ValidationError('The multipart body could not be read.')));
    parser.on('close', () => {
      if (failed) return;
      (audio ?? Promise.resolve(undefined)).then(
        (a) => !failed && resolve({ fields, ...(a ? { audio: a } : {}) }),
        fail,
      );
    });
    req.on('aborted', () => fail(new ValidationError('The upload was interrupted.')));
    req.pipe(parser);
  });
}

async function storeAudio(
  stream: Readable & { truncated?: boolean },
  declaredMimeType: string,
  opts: { transaction: () => Promise<Knex.Transaction>; userId: string; master: Buffer },
): Promise<ReceivedAudio> {
  const recordingId = randomUUID();
  const writer = await BlobWriter.open(await opts.transaction(), opts.master, opts.userId, recordingId);
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  let container: AudioContainer | undefined;
  let size = 0;
  const accept = async (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
    await writer.write(chunk);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (stream.truncated) break;
    if (container) {
      await accept(chunk);
      continue;
    }
    head = Buffer.concat([head, chunk]);
    // An ID3 tag makes the sniffer read past it, to the MPEG frame that must follow.
    if (head.length < sniffLength(head)) continue;
    container = identify(head);
    await accept(head);
  }
  if (stream.truncated) throw new PayloadTooLargeError('The recording is too large.');
  if (!container) {
    if (head.length === 0) throw new ValidationError('The audio part is empty.');
    container = identify(head);
    await accept(head);
  }
  const { iv, authTag } = await writer.finish();
  return { recordingId, container, declaredMimeType, sizeBytes: size, sha256: hash.digest('hex'), iv, authTag };
}

function identify(head: Buffer): AudioContainer {
  const container = sniffContainer(head);
  if (!container) {
    throw new UnsupportedMediaTypeError(
      'The file is not a supported audio recording (WAV, MP3, Ogg/Opus, WebM, MP4/M4A or FLAC).',
    );
  }
  return container;
}
