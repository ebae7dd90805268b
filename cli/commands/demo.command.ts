import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../lib/config.js';
import { ffmpegPaths, findOnPath } from '../../lib/ffmpeg-paths.js';
import { terminalProgress } from '../progress.js';
import { parseOptions } from '../validate.js';

const run = promisify(execFile);

/** A sample check-in: what is said, in which voice, and how the phone would send it. */
interface Sample {
  name: string;
  text: string;
  language: 'en' | 'sw' | 'auto';
  voice: string;
  pitch: number;
  speed: number;
  /** File name sent; the container follows its extension. */
  file: string;
  contentType: string;
  codec: string[];
}

const SAMPLES: Sample[] = [
  {
    name: 'english, rested',
    text: 'Hello. Today was a good day. I slept well and I feel rested and calm.',
    language: 'en',
    voice: 'en',
    pitch: 55,
    speed: 165,
    file: 'rested.m4a',
    contentType: 'audio/mp4',
    codec: ['-c:a', 'aac'],
  },
  {
    name: 'swahili, tired',
    text: 'Habari. Niko sawa, lakini nimechoka sana. Sijalala vizuri wiki hii.',
    language: 'sw',
    voice: 'sw',
    pitch: 35,
    speed: 125,
    file: 'tired.ogg',
    contentType: 'audio/ogg',
    codec: ['-c:a', 'libopus'],
  },
  {
    // What a browser's MediaRecorder sends: WebM/Opus, often labelled audio/wav.
    name: 'code-switching, slow',
    text: 'Sijui. Mood iko down, I have stress ya job, na sina usingizi. Ni kawaida tu.',
    language: 'auto',
    voice: 'sw',
    pitch: 30,
    speed: 105,
    file: 'mixed.wav',
    contentType: 'audio/wav',
    codec: ['-c:a', 'libopus', '-f', 'webm'],
  },
];

const optionsSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  timeout: z.coerce.number().int().positive(),
});

export function demoCommand(): Command {
  return new Command('demo')
    .description('submit a few sample recordings to a running Resona and print a table of the results')
    .option('--url <url>', 'base URL of the running service', 'http://localhost:3000')
    .option('--timeout <seconds>', 'how long to wait for the results', '300')
    .action(async (raw: unknown) => {
      const opts = parseOptions(optionsSchema, raw);
      process.stdout.write(await demo(opts.url.replace(/\/$/, ''), opts.timeout * 1000));
    });
}

/** Makes the samples, registers a demo user, submits, waits with progress, and returns the results table. */
export async function demo(base: string, timeoutMs: number): Promise<string> {
  await api(base, 'GET', '/readyz');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-demo-'));
  try {
    const made = await makeSamples(dir);
    const email = `demo-${randomBytes(4).toString('hex')}@example.org`;
    const password = randomBytes(12).toString('base64url');
    const account = await api(base, 'POST', '/v1/auth/register', { email, password, consent_version: '1' });
    const auth = `Bearer ${z.object({ access_token: z.string() }).parse(account).access_token}`;
    log(`registered ${email}; submitting ${made.length} recordings to ${base}`);
    const ids: string[] = [];
    for (const { sample, file, spoken } of made) {
      const form = new FormData();
      form.set('audio', new Blob([fs.readFileSync(file)], { type: sample.contentType }), sample.file);
      form.set('language', sample.language);
      // The text goes along: with no speech-to-text provider configured, the service uses it as the transcript.
      if (spoken) form.set('transcript', sample.text);
      ids.push(z.object({ id: z.string() }).parse(await api(base, 'POST', '/v1/analyses', form, auth)).id);
    }
    const results = await waitForAll(base, auth, ids, timeoutMs);
    return table(made.map((m, i) => ({ name: m.spoken ? m.sample.name : `${m.sample.name} (tone)`, ...results[i]! })));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Speech from espeak-ng when installed; otherwise a gliding tone, so the voice measures still have a pitch. */
async function makeSamples(dir: string) {
  const { ffmpeg } = await ffmpegPaths(loadConfig().ffmpeg);
  const espeak = findOnPath('espeak-ng');
  if (!espeak) log('espeak-ng is not installed: the samples are tones, not speech');
  return Promise.all(
    SAMPLES.map(async (sample) => {
      const wav = path.join(dir, `${path.parse(sample.file).name}.src.wav`);
      if (espeak) {
        await run(espeak, [
          '-v',
          sample.voice,
          '-p',
          String(sample.pitch),
          '-s',
          String(sample.speed),
          '-w',
          wav,
          sample.text,
        ]);
      } else {
        const glide = `aevalsrc=0.4*sin(2*PI*(${100 + sample.pitch * 2}+15*sin(2*PI*0.5*t))*t):s=16000:d=4`;
        await run(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', glide, wav]);
      }
      const file = path.join(dir, sample.file);
      await run(ffmpeg, ['-v', 'error', '-y', '-i', wav, '-ac', '1', '-ar', '48000', ...sample.codec, file]);
      return { sample, file, spoken: Boolean(espeak) };
    }),
  );
}

const analysisSchema = z.object({
  status: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  result: z
    .object({
      transcription: z
        .object({ status: z.string(), text: z.string().nullable(), reason: z.string().nullable() })
        .optional(),
      acoustics: z.record(z.string(), z.unknown()).optional(),
    })
    .default({}),
});
type Analysis = z.infer<typeof analysisSchema>;

async function waitForAll(base: string, auth: string, ids: string[], timeoutMs: number): Promise<Analysis[]> {
  const results = new Map<string, Analysis>();
  const progress = terminalProgress('analyses');
  progress?.start(ids.length);
  const deadline = Date.now() + timeoutMs;
  try {
    while (results.size < ids.length) {
      if (Date.now() > deadline) throw new Error(`results not ready after ${timeoutMs / 1000} s (try --timeout)`);
      for (const id of ids.filter((i) => !results.has(i))) {
        const a = analysisSchema.parse(await api(base, 'GET', `/v1/analyses/${id}`, undefined, auth));
        if (['queued', 'processing'].includes(a.status)) continue;
        results.set(id, a);
        progress?.advance(1);
        if (!progress) log(`${results.size}/${ids.length} done`);
      }
      if (results.size < ids.length) await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    progress?.stop();
  }
  return ids.map((id) => results.get(id)!);
}

/** One readable row per sample: status, duration, F0 median, voiced fraction, pause ratio, transcript excerpt. */
export function table(rows: Array<Analysis & { name: string }>): string {
  const num = (v: unknown, digits: number, unit = '') => (typeof v === 'number' ? `${v.toFixed(digits)}${unit}` : '-');
  const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)} %` : '-');
  const header = ['sample', 'status', 'duration', 'F0 median', 'voiced', 'pauses', 'transcript'];
  const cells = rows.map((r) => {
    const a = r.result.acoustics ?? {};
    const t = r.result.transcription;
    const said = r.error
      ? `${r.error.code}: ${r.error.message}`
      : t?.text
        ? `"${excerpt(t.text)}"`
        : `(${t?.status ?? 'none'}${t?.reason ? `: ${t.reason}` : ''})`;
    const values = [
      num(a.duration_s, 1, ' s'),
      num(a.f0_median_hz, 0, ' Hz'),
      pct(a.voiced_fraction),
      pct(a.pause_ratio),
    ];
    return [r.name, r.status, ...values, said];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (i < 6 ? c[i]!.length : 0))));
  // Text columns left-aligned, figures right-aligned; the transcript runs on.
  const line = (c: string[]) =>
    c.map((v, i) => (i === 6 ? v : i < 2 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(header), ...cells.map(line), ''].join('\n');
}

const excerpt = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** One JSON request; any failure is one line naming what went wrong. */
async function api(base: string, method: string, route: string, body?: object | FormData, auth?: string) {
  const headers: Record<string, string> = auth ? { Authorization: auth } : {};
  if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    const payload = body instanceof FormData ? body : body ? JSON.stringify(body) : undefined;
    res = await fetch(`${base}${route}`, { method, headers, body: payload, signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    throw new Error(`cannot reach Resona at ${base} (start it with npm start): ${(err as Error).message}`, {
      cause: err,
    });
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
