import { execFile } from 'node:child_process';
import type http from 'node:http';
import { promisify } from 'node:util';
import busboy from 'busboy';
import { levelDb } from '../../../processors/transcription/pause-splitter.js';
import { json, LoopbackFake } from '../../setup/loopback-fake.js';

/** How the fake answers one request. */
export type FakeMode =
  'ok' | 'rate_limited' | 'server_error' | 'slow' | 'stalled_body' | 'malformed' | 'bad_request' | 'unauthorized';

export interface FakeRequest {
  fields: Record<string, string>;
  fileName: string;
  audio: Buffer;
  at: number;
}

/**
 * An OpenAI-compatible /v1/audio/transcriptions on loopback for the real SDK to talk to. Each request takes the
 * next mode from `script` (then 'ok'); 'ok' answers verbose_json with one segment per burst of sound in the
 * uploaded piece, so tests can check where the stage puts segments on the recording's timeline.
 */
export class FakeOpenAI extends LoopbackFake {
  readonly requests: FakeRequest[] = [];
  script: FakeMode[] = [];
  retryAfter = '1';
  /** Longer than the tests' OPENAI_TIMEOUT_MS. */
  slowMs = 6000;
  protected async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions') return json(res, 404, { error: {} });
    const request = await readMultipart(req);
    this.requests.push(request);
    const mode = this.script.shift() ?? 'ok';
    if (mode === 'rate_limited') {
      const error = { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' };
      return json(res, 429, { error }, { 'Retry-After': this.retryAfter });
    }
    if (mode === 'server_error') return json(res, 500, { error: { message: 'The server had an error' } });
    if (mode === 'bad_request') {
      return json(res, 400, { error: { message: 'Invalid file format.', type: 'invalid_request_error' } });
    }
    if (mode === 'unauthorized') {
      return json(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    }
    if (mode === 'malformed') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"text": ');
    if (mode === 'slow') await new Promise((r) => setTimeout(r, this.slowMs));
    if (mode === 'stalled_body') {
      // Headers at once, then the body never ends (the SDK's own timer stops at the headers); stop() drops it.
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).write('{"text": "');
    }
    if (res.destroyed) return;
    const bursts = await burstsIn(request.audio);
    json(res, 200, {
      task: 'transcribe',
      language: request.fields.language === 'sw' ? 'swahili' : 'english',
      duration: bursts.duration,
      text: bursts.segments.map((_, i) => `burst ${i + 1}`).join(' '),
      segments: bursts.segments.map(([start, end], i) => ({
        id: i,
        seek: 0,
        start,
        end,
        text: ` burst ${i + 1}`,
        tokens: [],
        temperature: 0,
        avg_logprob: -0.2,
        compression_ratio: 1.1,
        no_speech_prob: 0.01,
      })),
    });
  }
}

function readMultipart(req: http.IncomingMessage): Promise<FakeRequest> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const parts: Buffer[] = [];
    let fileName = '';
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (_name, stream, info) => {
      fileName = info.filename ?? '';
      stream.on('data', (d: Buffer) => parts.push(d));
    });
    parser.on('close', () => resolve({ fields, fileName, audio: Buffer.concat(parts), at: Date.now() }));
    parser.on('error', reject);
    req.pipe(parser);
  });
}

/** Stretches louder than -40 dBFS (30 ms frames) in an uploaded piece, decoded by the real ffmpeg. */
export async function burstsIn(audio: Buffer): Promise<{ duration: number; segments: Array<[number, number]> }> {
  const pcm = await decodeToPcm(audio);
  const frame = 480 * 2;
  const segments: Array<[number, number]> = [];
  let start = -1;
  const frames = Math.floor(pcm.length / frame);
  for (let i = 0; i <= frames; i++) {
    const loud = i < frames && levelDb(pcm.subarray(i * frame, (i + 1) * frame)) > -40;
    if (loud && start < 0) start = i;
    if (!loud && start >= 0) {
      segments.push([round(start * 0.03), round(i * 0.03)]);
      start = -1;
    }
  }
  return { duration: round(pcm.length / 32000), segments };
}

async function decodeToPcm(audio: Buffer): Promise<Buffer> {
  const child = promisify(execFile)(
    'ffmpeg',
    ['-v', 'error', '-i', 'pipe:0', '-f', 's16le', '-ac', '1', '-ar', '16000', 'pipe:1'],
    {
      encoding: 'buffer',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  child.child.stdin!.end(audio);
  return (await child).stdout;
}

const round = (s: number) => Math.round(s * 1000) / 1000;
