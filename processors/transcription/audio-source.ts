import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The decrypted recording as a seekable loopback URL for ffmpeg/ffprobe. A pipe cannot seek, and MP4/M4A
 * files from phones usually keep their index (moov) after the audio; over HTTP with Range requests ffmpeg
 * reads every container. Each request decrypts from the start again and skips to its offset, so the audio
 * exists only in memory, a chunk at a time. The path carries a random token; the server lives for one job.
 */
export interface AudioSource {
  url: string;
  /** Set when reading the stored recording failed (database error, or ciphertext that fails authentication). */
  failure(): Error | undefined;
  /** The first `bytes` bytes (container headers). */
  head(bytes: number): Promise<Buffer>;
  /** Makes sure the whole recording was authenticated once (GCM checks the tag only at the very end). */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export async function openAudioSource(read: () => AsyncIterable<Buffer>, size: number): Promise<AudioSource> {
  const token = randomBytes(16).toString('hex');
  let failure: Error | undefined;
  let verified = false;

  /** The recording as stored; remembers the first failure to read it (not a reader hanging up). */
  async function* recording(): AsyncGenerator<Buffer> {
    try {
      yield* read();
    } catch (err) {
      failure ??= err as Error;
      throw err;
    }
  }

  /** Bytes [start, end] of the recording, decrypted from the beginning. */
  async function* slice(start: number, end: number): AsyncGenerator<Buffer> {
    let offset = 0;
    for await (const chunk of recording()) {
      const from = Math.max(0, start - offset);
      const to = Math.min(chunk.length, end + 1 - offset);
      offset += chunk.length;
      if (to > from) yield chunk.subarray(from, to);
      if (offset > end && end < size - 1) return;
    }
    verified = true;
  }

  const server = http.createServer((req, res) => {
    if (req.url !== `/${token}` || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return void res.writeHead(404).end();
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (range && (start >= size || end < start)) {
      return void res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    }
    res.writeHead(range ? 206 : 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    // ffmpeg hangs up after a seek: that ends this read, not the job.
    pipeline(Readable.from(slice(start, end)), res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/${token}`,
    failure: () => failure,
    head: async (bytes) => {
      const parts: Buffer[] = [];
      for await (const part of slice(0, Math.min(bytes, size) - 1)) parts.push(part);
      return Buffer.concat(parts);
    },
    verify: async () => {
      if (failure) throw failure;
      if (!verified) for await (const _ of slice(size, size));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
