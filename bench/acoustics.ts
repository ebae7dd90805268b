import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractAcousticFeatures } from '../processors/transcription/acoustics/index.js';

// `npx tsx bench/acoustics.ts` (and the end of `npm run bench`): acoustic feature extraction on a 10-minute 16 kHz
// speech file, CPU time beside Praat's for its pitch, pulses + jitter + shimmer, harmonicity and intensity
// analyses of the same file in the same run (goal: ours at most half of Praat's); then the peak RSS growth while
// a 30-minute stream is analysed (goal: under 100 MB above idle). Needs espeak-ng, sox and praat.

const PRAAT_SCRIPT = `form Bench
  sentence file
endform
sound = Read from file: file$
pitch = To Pitch (ac): 0, 75, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 600
selectObject: sound
pulses = To PointProcess (periodic, cc): 75, 600
jitter = Get jitter (local): 0, 0, 0.0001, 0.02, 1.3
selectObject: sound, pulses
shimmer = Get shimmer (local): 0, 0, 0.0001, 0.02, 1.3, 1.6
selectObject: sound
harmonicity = To Harmonicity (cc): 0.01, 75, 0.1, 1.0
hnr = Get mean: 0, 0
selectObject: sound
intensity = To Intensity: 75, 0, "yes"
level = Get mean: 0, 0, "energy"
writeInfoLine: jitter, " ", shimmer, " ", hnr, " ", level
`;

const TEXTS = [
  ['en-us', 'I have been feeling a little tired lately but I am sleeping better this week and work is calmer.'],
  ['en-us+f3', 'We walked to the market in the morning and bought some fruit and bread for the whole family.'],
  ['en', 'My sister called me yesterday and we talked for a long time about our mother and the new baby.'],
  ['sw', 'Nimekuwa nikijisikia uchovu kidogo siku hizi lakini ninalala vizuri zaidi wiki hii.'],
  ['sw+f2', 'Tulitembea sokoni asubuhi tukanunua matunda na mkate kwa ajili ya familia nzima.'],
] as const;

/** A speech file of `seconds` from espeak-ng voices at several pitches and rates, looped by sox. */
export function makeSpeechFile(dir: string, seconds: number): string {
  const parts: string[] = [];
  let i = 0;
  for (const [voice, text] of TEXTS)
    for (const [pitch, rate] of [
      [30, 140],
      [55, 175],
      [80, 210],
    ]) {
      const raw = path.join(dir, `p${i}.wav`);
      const part = path.join(dir, `q${i++}.wav`);
      execFileSync('espeak-ng', ['-v', voice, '-p', String(pitch), '-s', String(rate), '-w', raw, text]);
      execFileSync('sox', ['-R', raw, '-r', '16000', '-c', '1', '-b', '16', part, 'pad', '0', '0.3']);
      parts.push(part);
    }
  const once = path.join(dir, 'once.wav');
  execFileSync('sox', ['-R', ...parts, once]);
  const loops = Math.ceil(seconds / Number(execFileSync('soxi', ['-D', once]).toString()));
  const out = path.join(dir, `speech-${seconds}s.wav`);
  execFileSync('sox', ['-R', once, out, 'repeat', String(loops - 1), 'trim', '0', String(seconds)]);
  return out;
}

/** Raw s16le PCM of a WAV file (what ffmpeg hands the extractor), written next to it. */
function rawPcm(wav: string): string {
  const raw = wav.replace(/\.wav$/, '.s16le');
  execFileSync('sox', [wav, '-t', 'raw', '-e', 'signed', '-b', '16', '-c', '1', raw]);
  return raw;
}

/** The raw PCM file `times` times over, in 64 KiB chunks. */
async function* pcm(raw: string, times = 1): AsyncGenerator<Buffer> {
  for (let i = 0; i < times; i++) for await (const chunk of createReadStream(raw)) yield chunk as Buffer;
}

/** CPU seconds (user + system) of one Praat run, from the shell's accounting of its children. */
function praatCpu(script: string, file: string): number {
  const out = execFileSync('bash', ['-c', 'praat --run "$0" "$1" >/dev/null; times', script, file]).toString();
  const [user, sys] = out.trim().split('\n').at(-1)!.split(/\s+/).map(seconds);
  return user! + sys!;
}
const seconds = (s: string) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

async function oursCpu(file: string): Promise<{ cpu: number; wall: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await extractAcousticFeatures(pcm(file));
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}

/** Peak RSS above the idle process while a stream of `times` × the file is analysed. */
async function peakRss(file: string, times: number): Promise<{ idle: number; peak: number }> {
  await new Promise((r) => setTimeout(r, 200));
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await extractAcousticFeatures(pcm(file, times));
  } finally {
    clearInterval(timer);
  }
  return { idle, peak: Math.max(peak, process.memoryUsage().rss) };
}

/** Runs the acoustic bench and prints its lines through `say`. */
export async function benchAcoustics(say: (line: string) => void = console.log): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'resona-bench-acoustics-'));
  try {
    say('\n[acoustics] generating a 10-minute 16 kHz espeak-ng speech file …');
    const file = makeSpeechFile(dir, 600);
    const script = path.join(dir, 'bench.praat');
    writeFileSync(script, PRAAT_SCRIPT);
    const raw = rawPcm(file);
    const ours = await oursCpu(raw);
    const praat = praatCpu(script, file);
    const ratio = ours.cpu / praat;
    say(
      `[acoustics] 10 min of speech: ours ${ours.cpu.toFixed(2)} s CPU (${ours.wall.toFixed(2)} s wall, worker ` +
        `thread), Praat ${praat.toFixed(2)} s CPU (pitch, pulses + jitter + shimmer, harmonicity, intensity)`,
    );
    say(`[acoustics] CPU ratio ours/Praat ${ratio.toFixed(2)} (goal <= 0.50: ${ratio <= 0.5 ? 'PASS' : 'ABOVE'})`);
    const mem = await peakRss(raw, 3);
    const growth = (mem.peak - mem.idle) / 2 ** 20;
    say(
      `[acoustics] 30 min stream: idle RSS ${(mem.idle / 2 ** 20).toFixed(0)} MB, peak ${(mem.peak / 2 ** 20).toFixed(0)} ` +
        `MB, growth ${growth.toFixed(1)} MB (goal < 100 MB: ${growth < 100 ? 'PASS' : 'ABOVE'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchAcoustics().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
