import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import type { Acoustics } from '../../lib/results/acoustics.js';
import type { Emotion } from '../../lib/results/emotion.js';
import { baselineFrom } from '../../processors/emotion/voice/features.js';
import { scoreVoice, type VoiceAffect, type VoiceModel } from '../../processors/emotion/voice/index.js';
import { AcousticAnalyzer } from '../../processors/transcription/acoustics/analyzer.js';
import { DEFAULT_QUALITY, quality, type AcousticFeatures } from '../../processors/transcription/acoustics/index.js';

// `npx tsx bench/eval/voice-features.ts`: the acoustic features of the RAVDESS dev clips, cached in features.json
// so that fitting and evaluation need not decode 224 clips each time. Each clip is decoded by ffmpeg to 16 kHz mono
// s16le (as production does), scaled so that its peak is 0.9 of full scale, and analysed; and once more 12 dB down.
// Also what fitting and evaluation share: the clips as samples, scoring them, and the two figures.

export const DATA_DIR = path.resolve('bench/eval/data/voice/ravdess');
export const FEATURES_FILE = path.join(DATA_DIR, 'features.json');
export const ATTENUATION_DB = 12;
const PEAK = 0.9;
export const MIN_VOICED_S = 0.5; // RAVDESS sentences hold 0.7–2.0 s of voicing; production asks 3 s (quality_ok)
export const HIGH_AROUSAL: readonly Emotion[] = ['angry', 'happy', 'fear', 'surprise'];
const LOW_AROUSAL: readonly Emotion[] = ['neutral', 'sad'];

export interface Clip {
  file: string;
  speaker: string;
  label: Emotion;
  gender: string;
  intensity: string;
  /** Peak-normalised to 0.9 of full scale. */
  peak: AcousticFeatures;
  /** The same samples 12 dB lower. */
  attenuated: AcousticFeatures;
}

const run = promisify(execFile);

export async function decode(file: string): Promise<Int16Array> {
  const args = ['-nostdin', '-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', '16000', '-'];
  const { stdout } = await run('ffmpeg', args, { encoding: 'buffer', maxBuffer: 1 << 28 });
  return new Int16Array(stdout.buffer, stdout.byteOffset, stdout.length >> 1);
}

/** The samples scaled so that max |x| = gain·0.9 of full scale, as s16le bytes. */
function scaled(samples: Int16Array, gainDb: number): Buffer {
  let max = 1;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const k = (PEAK * 32767 * 10 ** (gainDb / 20)) / max;
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.round(samples[i]! * k);
  return Buffer.from(out.buffer);
}

export function analyse(pcm: Buffer): AcousticFeatures {
  const analyzer = new AcousticAnalyzer();
  analyzer.write(pcm);
  return analyzer.end();
}

/** Decodes and analyses every clip of labels.csv (a few seconds of CPU per 10 clips). */
export async function extractClips(dir = DATA_DIR): Promise<Clip[]> {
  const [header, ...rows] = readFileSync(path.join(dir, 'labels.csv'), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const col = (row: string[], name: string) => row[cols.indexOf(name)]!;
  const clips: Clip[] = [];
  for (const line of rows) {
    const row = line.split(',');
    const samples = await decode(path.join(dir, col(row, 'file')));
    clips.push({
      file: col(row, 'file'),
      speaker: col(row, 'speaker'),
      label: col(row, 'label') as Emotion,
      gender: col(row, 'gender'),
      intensity: col(row, 'intensity'),
      peak: analyse(scaled(samples, 0)),
      attenuated: analyse(scaled(samples, -ATTENUATION_DB)),
    });
  }
  return clips;
}

/** The cached features, or freshly extracted ones when `recompute` (or when there is no cache). */
export async function loadClips(recompute = false): Promise<Clip[]> {
  if (!recompute) {
    try {
      return (JSON.parse(readFileSync(FEATURES_FILE, 'utf8')) as { clips: Clip[] }).clips;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  const clips = await extractClips();
  // Six significant digits: far finer than the measures' own precision, and half the file.
  const six = (_key: string, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v);
  const text = JSON.stringify({ note: 'written by bench/eval/voice-features.ts', clips }, six);
  // Formatted as the repository's `prettier --check .` expects.
  const options = { ...(await prettier.resolveConfig(FEATURES_FILE)), filepath: FEATURES_FILE };
  writeFileSync(FEATURES_FILE, await prettier.format(text, options));
  return clips;
}

export interface Sample {
  a: Acoustics;
  label: Emotion;
  speaker: string;
}

/** A clip's figures as `result.acoustics`, its quality judged with the voicing floor relaxed to the model's. */
export function asAcoustics(f: AcousticFeatures): Acoustics {
  const q = quality(f, { ...DEFAULT_QUALITY, minVoicedS: MIN_VOICED_S });
  return { ...f, quality_ok: q.ok, quality_reasons: q.reasons };
}

export const samplesOf = (clips: Clip[], which: 'peak' | 'attenuated' = 'peak'): Sample[] =>
  clips.map((c) => ({ a: asAcoustics(c[which]), label: c.label, speaker: c.speaker }));

/** The speaker's baseline from their other clips (leave-one-out), as if those were earlier check-ins. */
export const baselineFor = (s: Sample, pool: Sample[]) =>
  baselineFrom(pool.filter((o) => o.speaker === s.speaker && o !== s).map((o) => o.a));

export type Scored = { sample: Sample; voice: VoiceAffect | null };

/** Each sample of `tests` (conditions of the same clips) scored by `model`; personal = with its LOO baseline. */
export function scoreAll(model: VoiceModel, tests: Sample[], personal: boolean): Scored[] {
  return tests.map((s) => ({
    sample: s,
    voice: scoreVoice(model, s.a, personal ? baselineFor(s, tests) : undefined).voice,
  }));
}

/** Share of clips given their true label (a null voice counts as wrong). */
export const accuracy = (scored: Scored[]) =>
  scored.filter((r) => r.voice?.label === r.sample.label).length / scored.length;

/** Within each speaker, the pairs (high-arousal clip, neutral or sad clip): share ranked right, ties half. */
export function arousalPairs(scored: Scored[]): { fraction: number; pairs: number } {
  let pairs = 0;
  let right = 0;
  for (const h of scored.filter((r) => HIGH_AROUSAL.includes(r.sample.label)))
    for (const l of scored.filter(
      (r) => LOW_AROUSAL.includes(r.sample.label) && r.sample.speaker === h.sample.speaker,
    )) {
      if (!h.voice || !l.voice) continue;
      pairs++;
      right += h.voice.arousal > l.voice.arousal ? 1 : h.voice.arousal === l.voice.arousal ? 0.5 : 0;
    }
  return { fraction: right / pairs, pairs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const clips = await loadClips(true);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${clips.length} clips analysed in ${secs} s → ${path.relative(process.cwd(), FEATURES_FILE)}`);
}
