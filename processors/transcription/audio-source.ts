import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The decrypted recording as a seekable loopback URL for ffmpeg. A pipe cannot seek, and MP4/M4A files from
 * phones usually keep their index (moov) after the audio; over HTTP with Range requests ffmpeg reads every
 * container. Each request decrypts from the start again and skips to its offset, so the audio exists only in
 * memory, a chunk at a time. One loopback server per process routes by a random 128-bit token per recording.
 */
export interface AudioSource {
  url: string;
  /** Set when reading the stored recording failed (database error, or ciphertext that fails authentication). */
  failure(): Error | undefined;
  /** The first `bytes` bytes (container headers). */
  head(bytes: number): Promise<Buffer>;
  /** Makes sure the whole recording was authenticated once (GCM checks the tag only at the very end). */
  verify(): Promise<void>;
  /** Also serves the recording at a URL reserved before the job (a decoder started ahead waits on it). */
  attach(reservation: Reservation): void;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A token-bound URL on the loopback server; requests wait there until a recording is bound to it. */
export interface Reservation {
  url: string;
  /** Resolves when the first request arrives: a decoder started ahead has loaded and is ready. */
  arrived: Promise<void>;
  bind(handler: Handler): void;
  /** Forgets the token and cuts its open connections. */
  release(): void;
}

interface Route {
  handler?: Handler;
  waiting: Array<[http.IncomingMessage, http.ServerResponse]>;
  sockets: Set<Socket>;
  arrive(): void;
}

const routes = new Map<string, Route>();
let server: Promise<string> | undefined;

/** The process's loopback server (started on first use, never keeping the process alive); returns its origin. */
function origin(): Promise<string> {
  server ??= new Promise<string>((resolve, reject) => {
    const s = http.createServer(route);
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      s.unref();
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    });
  });
  server.catch(() => (server = undefined));
  return server;
}

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const r = routes.get(req.url?.slice(1) ?? '');
  if (!r || (req.method !== 'GET' && req.method !== 'HEAD')) return void res.writeHead(404).end();
  const socket = req.socket;
  r.sockets.add(socket);
  socket.once('close', () => r.sockets.delete(socket));
  r.arrive();
  if (r.handler) return r.handler(req, res);
  // A decoder waiting for its job must not keep an idle process alive.
  socket.unref();
  r.waiting.push([req, res]);
}

/** Reserves an unguessable URL on the loopback server. */
export async function reserveUrl(): Promise<Reservation> {
  const base = await origin();
  const token = randomBytes(16).toString('hex');
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const r: Route = { waiting: [], sockets: new Set(), arrive };
  routes.set(token, r);
  return {
    url: `${base}/${token}`,
    arrived,
    bind: (handler) => {
      if (routes.get(token) !== r) return;
      r.handler = handler;
      for (const [req, res] of r.waiting.splice(0)) {
        req.socket.ref();
        handler(req, res);
      }
    },
    release: () => {
      if (routes.get(token) === r) routes.delete(token);
      r.waiting.length = 0;
      for (const socket of r.sockets) socket.destroy();
    },
  };
}

export async function openAudioSource(read: () => AsyncIterable<Buffer>, size: number): Promise<AudioSource> {
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

  const serve: Handler = (req, res) => {
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
  };

  const own = await reserveUrl();
  own.bind(serve);
  const attached: Reservation[] = [own];
  return {
    url: own.url,
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
    attach: (reservation) => {
      attached.push(reservation);
      reservation.bind(serve);
    },
    close: async () => {
      for (const r of attached.splice(0)) r.release();
    },
  };
}
