import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PIPELINE } from '../jobs/pipeline.js';
import type { RecordingTimings } from '../processors/transcription/analyse-recording.js';
import { AcousticAnalyzer } from '../processors/transcription/acoustics/analyzer.js';
import { median, percentile, sleep, type Probe } from './measure.js';
import { spawnChild } from './proc.js';

// Issue 7 item 6: a short check-in answered fast. A 10-second Ogg/Opus clip through the real web and worker
// processes with every production stage (local providers: the client's transcript, no
// speech-to-text), one submission every --audio-interval ms; p50 submit → analyses.completed_at and its legs.

export const LATENCY_GOAL_MS = 300;

export interface AudioLatencyResult {
  clipBytes: number;
  intervalMs: number;
  submitted: number;
  completed: number;
  p50: number;
  p90: number;
  /** Median ms of each leg between submit and completed_at, from the client and analyses.stages. */
  legs: Record<string, number>;
  /** Median ms inside the stage, from the worker's own timings of each recording pass. */
  inStage: Record<string, number>;
  /** Passes whose ffmpeg / analysis thread was already warm, in %. */
  warmDecoderPct: number;
  warmThreadPct: number;
  /** The audio work alone, measured here in the same run. */
  baseline: { ffmpegStartMs: number; decodeCpuMs: number; featuresCpuMs: number; workMs: number };
}

export interface AudioLatencyOptions {
  submissions: number;
  intervalMs: number;
  warmup: number;
  timeoutMs: number;
}

/** A 10 s spoken clip as a phone records it: espeak-ng speech, mono 48 kHz Opus at 24 kbit/s in Ogg. */
export function makeClip(dir: string): string {
  const wav = path.join(dir, 'speech.wav');
  const text =
    'Habari. I have been feeling a little tired lately, but I am sleeping better this week and work is calmer. ' +
    'Niko sawa, lakini nimechoka sana leo. We walked to the market in the morning and bought some fruit.';
  execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', wav, text]);
  const clip = path.join(dir, 'checkin.ogg');
  const opus = ['-c:a', 'libopus', '-b:a', '24k', '-application', 'voip'];
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    wav,
    '-af',
    'apad',
    '-t',
    '10',
    '-ac',
    '1',
    '-ar',
    '48000',
    ...opus,
    clip,
  ]);
  return clip;
}

type Client = { base: string; auth: string; clip: Blob };

async function submit(c: Client, i: number): Promise<string> {
  const form = new FormData();
  form.append('transcript', `Niko sawa, just tired (${i})`);
  form.append('audio', c.clip, 'checkin.ogg');
  const res = await fetch(`${c.base}/v1/analyses`, { method: 'POST', headers: { authorization: c.auth }, body: form });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 202 || !body.id) throw new Error(`submit answered ${res.status}: ${JSON.stringify(body)}`);
  return body.id;
}

async function register(base: string): Promise<string> {
  const res = await fetch(`${base}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'latency@example.org', password: 'bench-password-1', consent_version: '1' }),
  });
  if (res.status !== 201) throw new Error(`register answered ${res.status}`);
  return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
}

type Row = {
  id: string;
  status: string;
  completed_at: Date | null;
  stages: Record<string, { started_at: string; completed_at: string }>;
};

/** Polls until none of `ids` is queued or processing. */
async function finished(probe: Probe, ids: string[], deadline: number): Promise<Row[]> {
  for (;;) {
    const rows = (await probe
      .db('analyses')
      .whereIn('id', ids)
      .select('id', 'status', 'completed_at', 'stages')) as Row[];
    if (rows.every((r) => !['queued', 'processing'].includes(r.status)) || Date.now() > deadline) return rows;
    await sleep(20);
  }
}

/** CPU ms of one command, from the shell's accounting of its children. */
function childCpuMs(cmd: string[]): number {
  const out = execFileSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'cpu', ...cmd]).toString();
  const [user, sys] = out
    .trim()
    .split('\n')
    .at(-1)!
    .split(/\s+/)
    .map((s) => {
      const m = /^(\d+)m([\d.]+)s$/.exec(s);
      return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
    });
  return user! + sys!;
}

/** CPU ms ffmpeg spent decoding the clip, past loading and opening it (its own `-benchmark` figure). */
function decodeCpuMs(clip: string, pcmFile: string): number {
  const args = ['-benchmark', '-nostdin', '-hide_banner', '-nostats', '-i', clip, '-ac', '1', '-ar', '16000'];
  const { stderr } = spawnSync('ffmpeg', [...args, '-f', 's16le', '-y', pcmFile], { encoding: 'utf8' });
  const m = /bench: utime=([\d.]+)s stime=([\d.]+)s/.exec(stderr);
  return m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
}

/** The work alone: ffmpeg's decoding and warm in-process feature extraction; and ffmpeg's load, for scale. */
function baseline(clip: string, dir: string): AudioLatencyResult['baseline'] {
  const startMs = median(Array.from({ length: 5 }, () => childCpuMs(['ffmpeg', '-version'])));
  const pcmFile = path.join(dir, 'clip.s16le');
  const decodeMs = median(Array.from({ length: 5 }, () => decodeCpuMs(clip, pcmFile)));
  const pcm = readFileSync(pcmFile);
  const runs = Array.from({ length: 12 }, () => {
    const c0 = process.cpuUsage();
    const a = new AcousticAnalyzer();
    for (let at = 0; at < pcm.length; at += 65536) a.write(pcm.subarray(at, at + 65536));
    a.end(5);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  });
  const featuresCpuMs = median(runs.slice(4)); // warm: the worker's pooled thread runs optimised code too
  return { ffmpegStartMs: startMs, decodeCpuMs: decodeMs, featuresCpuMs, workMs: decodeMs + featuresCpuMs };
}

/** The legs of one check-in in pipeline order: the upload, the hand-off to the first stage, then each stage and the
 * hand-off to the next. */
const LEG_NAMES = [
  'upload → 202',
  `202 → ${PIPELINE[0]} starts`,
  ...PIPELINE.flatMap((stage, i) => [
    ...(i > 0 ? [`${PIPELINE[i - 1]} done → ${stage} starts`] : []),
    `${stage} (start → done)`,
  ]),
];

export async function runAudioLatency(
  env: Record<string, string>,
  probe: Probe,
  o: AudioLatencyOptions,
  nodeArgs: string[] = [],
): Promise<AudioLatencyResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'resona-bench-latency-'));
  const audioEnv = { ...env, BENCH_PIPELINE: PIPELINE.join(','), STT_PROVIDER: 'none' };
  const web = spawnChild('web.ts', audioEnv, nodeArgs);
  const worker = spawnChild('worker-audio.ts', audioEnv, nodeArgs);
  try {
    const clipFile = makeClip(dir);
    const clip = new Blob([readFileSync(clipFile)], { type: 'audio/ogg' });
    const [{ port }] = await Promise.all([web.ready, worker.ready]);
    const base = `http://127.0.0.1:${port as number}`;
    const c: Client = { base, auth: await register(base), clip };
    // Warm-up, one at a time: pools, JIT, the first spares and threads.
    for (let i = 0; i < o.warmup; i++) await finished(probe, [await submit(c, i)], Date.now() + o.timeoutMs);
    await worker.stats(); // empties the warm-up's pass timings
    const t0 = Date.now() + 50;
    const sent = await Promise.all(
      Array.from({ length: o.submissions }, async (_, i) => {
        // Open loop at a low steady rate: each submission leaves at its slot whatever the others are doing.
        await sleep(t0 + i * o.intervalMs - Date.now());
        const at = Date.now();
        const id = await submit(c, 1000 + i);
        return { id, at, accepted: Date.now() };
      }),
    );
    const rows = await finished(
      probe,
      sent.map((s) => s.id),
      Date.now() + o.timeoutMs,
    );
    const passes = (await worker.stats()).passes as RecordingTimings[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const totals: number[] = [];
    const legs: Record<string, number[]> = Object.fromEntries(LEG_NAMES.map((k) => [k, []]));
    for (const s of sent) {
      const r = byId.get(s.id);
      const stages = PIPELINE.map((name) => r?.stages[name]);
      if (r?.status !== 'completed' || !r.completed_at || stages.some((st) => !st?.started_at)) continue;
      // Each stage's start and end, then the submit and 202 times: consecutive differences are the legs.
      const marks = stages.flatMap((st) => [Date.parse(st!.started_at!), Date.parse(st!.completed_at!)]);
      // completed_at is now() of the completing transaction, which begins before the stage's own timestamp.
      const end = Math.max(r.completed_at.getTime(), marks.at(-1)!);
      totals.push(end - s.at);
      [s.at, s.accepted, ...marks].forEach((t, i, all) => i > 0 && legs[LEG_NAMES[i - 1]!]!.push(t - all[i - 1]!));
    }
    totals.sort((a, b) => a - b);
    const m = (f: (t: RecordingTimings) => number | undefined) =>
      median(passes.map(f).filter((v): v is number => v !== undefined));
    const inStage = {
      'wait for a loaded ffmpeg (spawn)': m((t) => t.spawnMs),
      'probe (container → 1st PCM)': m((t) => t.probeMs),
      'decode (1st → last PCM)': m((t) => t.decodeMs),
      'features thread start': m((t) => t.threadStartMs),
      'features (start → result)': m((t) => t.featuresMs),
      'features after decode ends': m((t) => t.featuresTailMs),
      'analyseRecording total': m((t) => t.totalMs),
    };
    const pct = (f: (t: RecordingTimings) => boolean | undefined) =>
      (100 * passes.filter(f).length) / Math.max(1, passes.length);
    await Promise.all([web.stop(), worker.stop()]);
    return {
      clipBytes: clip.size,
      intervalMs: o.intervalMs,
      submitted: sent.length,
      completed: totals.length,
      p50: percentile(totals, 50),
      p90: percentile(totals, 90),
      legs: Object.fromEntries(Object.entries(legs).map(([k, v]) => [k, median(v)])),
      inStage,
      warmDecoderPct: pct((t) => t.warmDecoder),
      warmThreadPct: pct((t) => t.warmThread),
      baseline: baseline(clipFile, dir),
    };
  } finally {
    await Promise.all([web.stop(), worker.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
