import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Knex } from 'knex';
import { sniffContainer, sniffLength, type AudioContainer } from '../lib/audio/sniff.js';
import { discardStagedUpload, StagedUpload, type StagedAudio } from '../lib/audio/upload-staging.js';
import { AppError, PayloadTooLargeError, ValidationError } from '../lib/errors.js';

class UnsupportedMediaTypeError extends AppError {
  readonly statusCode = 415;
  readonly code = 'unsupported_media_type';
}

export interface ReceivedAudio {
  container: AudioContainer;
  declaredMimeType: string;
  sizeBytes: number;
  sha256: string;
  /** Where its ciphertext is staged; absent when the part was only hashed (a replayed idempotency key). */
  staged?: StagedAudio;
}

export interface AudioSink {
  db: Knex;
  /** false: hash and sniff only, store nothing. */
  stage: boolean;
  userId: string;
  master: Buffer;
  /** Told how many bytes of the part were read, as they are read. */
  onBytes: (n: number) => void;
}

/**
 * Sniffs and hashes the audio part and, when asked, encrypts it into staging chunk by chunk: never whole in memory,
 * no connection held between chunks. On any failure (a destroyed stream included) what it staged is removed.
 */
export async function storeAudio(
  stream: Readable & { truncated?: boolean },
  declaredMimeType: string,
  sink: AudioSink,
): Promise<ReceivedAudio> {
  const writer = sink.stage ? await StagedUpload.open(sink.db, sink.master, sink.userId, randomUUID()) : undefined;
  try {
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let container: AudioContainer | undefined;
    let size = 0;
    const accept = async (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      await writer?.write(chunk);
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      sink.onBytes(chunk.length);
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
    const staged = await writer?.finish();
    return { container, declaredMimeType, sizeBytes: size, sha256: hash.digest('hex'), ...(staged ? { staged } : {}) };
  } catch (err) {
    if (writer) await discardStagedUpload(sink.db, writer.recordingId);
    throw err;
  }
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
