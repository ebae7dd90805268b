import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AcousticAnalyzer } from '../../../processors/transcription/acoustics/analyzer.js';
import type { AcousticFeatures } from '../../../processors/transcription/acoustics/index.js';

export const FIXTURE_DIR = path.resolve('test/fixtures/audio');

export interface Fixture {
  name: string;
  file: string;
  kind: 'speech' | 'tone' | 'noise' | 'pauses' | 'clipped' | 'format' | 'human';
  pauses_s?: number[];
  frequency?: number;
  source?: string;
}

/** Praat's figures as test/fixtures/audio/praat-measures.praat prints them. */
export interface PraatMeasures {
  duration_s: number;
  voiced_s: number;
  f0_median_hz: number | null;
  f0_mean_hz: number | null;
  pulse_count: number;
  jitter_local_pct: number | null;
  shimmer_local_pct: number | null;
  shimmer_local_db: number | null;
  hnr_db: number | null;
}

let generated: { dir: string; fixtures: Fixture[] } | undefined;

/** Runs make-fixtures.sh once per test process into a temporary directory. */
export function fixtures(): { dir: string; fixtures: Fixture[] } {
  if (!generated) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-acoustics-'));
    execFileSync('bash', [path.join(FIXTURE_DIR, 'make-fixtures.sh'), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { fixtures: Fixture[] };
    generated = { dir, fixtures: manifest.fixtures };
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return generated;
}

export function fixturePath(name: string): string {
  const { dir, fixtures: list } = fixtures();
  const f = list.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return path.join(dir, f.file);
}

/** The PCM the extractor gets in production: ffmpeg's 16 kHz mono s16le. */
export function decode(file: string): Buffer {
  return execFileSync(
    'ffmpeg',
    ['-nostdin', '-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', '16000', '-'],
    {
      maxBuffer: 1 << 30,
    },
  );
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Runs the analysis in this thread on one buffer (the worker path is tested separately). */
export function analyse(pcm: Buffer, transcriptWords?: number): AcousticFeatures {
  const a = new AcousticAnalyzer();
  a.write(pcm);
  return a.end(transcriptWords);
}

/** Praat's measures of a 16 kHz WAV, computed now by the installed Praat. */
export function praat(file: string): PraatMeasures {
  const out = execFileSync('praat', ['--run', path.join(FIXTURE_DIR, 'praat-measures.praat'), file]).toString();
  return JSON.parse(out) as PraatMeasures;
}

/** Writes PCM as a 16 kHz mono WAV so Praat reads exactly the samples we analysed. */
export function writeWav(file: string, pcm: Buffer): void {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16000, 24);
  header.writeUInt32LE(32000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(pcm.length, 40);
  fs.writeFileSync(file, Buffer.concat([header, pcm]));
}

export interface Agreement {
  f0MedianRel: number;
  jitterRel: number | null;
  shimmerRel: number | null;
  hnrDiffDb: number | null;
}

const rel = (ours: number | null, ref: number | null) =>
  ours === null || ref === null || ref === 0 ? null : Math.abs(ours - ref) / Math.abs(ref);

export function agreement(ours: AcousticFeatures, ref: PraatMeasures): Agreement {
  return {
    f0MedianRel: rel(ours.f0_median_hz, ref.f0_median_hz) ?? Infinity,
    jitterRel: rel(ours.jitter_local_pct, ref.jitter_local_pct),
    shimmerRel: rel(ours.shimmer_local_pct, ref.shimmer_local_pct),
    hnrDiffDb: ours.hnr_db === null || ref.hnr_db === null ? null : Math.abs(ours.hnr_db - ref.hnr_db),
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Endless speech-like PCM, one second per chunk: a jittery glottal pulse train gliding between 90 and 180 Hz
 * through two formant resonators, syllable-rate loudness, 0.5 s pauses every 3 s, and a faint noise floor.
 */
export function* syntheticSpeech(seconds: number, seed = 1): Generator<Buffer> {
  const fs = 16000;
  const rnd = random(seed);
  const resonator = (f: number, bw: number) => {
    const r = Math.exp((-Math.PI * bw) / fs);
    return { a1: 2 * r * Math.cos((2 * Math.PI * f) / fs), a2: -r * r, y1: 0, y2: 0 };
  };
  const f1 = resonator(600, 90);
  const f2 = resonator(1400, 120);
  let phase = 0;
  for (let s = 0; s < seconds; s++) {
    const chunk = Buffer.alloc(fs * 2);
    for (let i = 0; i < fs; i++) {
      const t = s + i / fs;
      const inPause = t % 3 >= 2.5;
      const f0 = 135 + 45 * Math.sin(2 * Math.PI * 0.23 * t);
      phase += (f0 * (1 + 0.01 * (rnd() - 0.5))) / fs;
      let x = 0;
      if (phase >= 1) {
        phase -= 1;
        x = inPause ? 0 : 1;
      }
      for (const r of [f1, f2]) {
        const y = x + r.a1 * r.y1 + r.a2 * r.y2;
        r.y2 = r.y1;
        r.y1 = y;
        x = y;
      }
      const envelope = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * t);
      const v = x * 0.004 * envelope + 0.0005 * (rnd() - 0.5);
      chunk.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v * 32768))), 2 * i);
    }
    yield chunk;
  }
}
