import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Recordings for the transcription tests, made with the real ffmpeg and espeak-ng in a fresh temporary folder.

const made: string[] = [];
process.once('exit', () => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A temporary folder, removed when the test process exits. */
export function audioDir(): string {
  made.push(fs.mkdtempSync(path.join(os.tmpdir(), 'resona-stt-')));
  return made.at(-1)!;
}

/** ffmpeg from lavfi sources: `inputs` are lavfi graphs joined with concat (each mono, 16 kHz). */
export function synth(dir: string, file: string, inputs: string[], codec: string[] = []): string {
  const target = path.join(dir, file);
  const args = inputs.flatMap((i) => ['-f', 'lavfi', '-i', i]);
  const filter =
    inputs.length > 1
      ? ['-filter_complex', `${inputs.map((_, i) => `[${i}:a]`).join('')}concat=n=${inputs.length}:v=0:a=1`]
      : [];
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, ...filter, '-ac', '1', '-ar', '16000', ...codec, target]);
  return target;
}

export const tone = (seconds: number, hz = 220) => `sine=frequency=${hz}:sample_rate=16000:duration=${seconds}`;
export const silence = (seconds: number) => `anullsrc=r=16000:cl=mono:d=${seconds}`;

/** espeak-ng speech (English voice unless given), converted to 16 kHz mono WAV. */
export function speech(
  dir: string,
  file: string,
  text: string,
  { voice = 'en', pitch = 50, speed = 150 } = {},
): string {
  const raw = path.join(dir, `${file}.espeak.wav`);
  execFileSync('espeak-ng', ['-v', voice, '-p', String(pitch), '-s', String(speed), '-w', raw, text]);
  return convert(raw, path.join(dir, file));
}

/** Re-encodes with ffmpeg; the container follows the file name unless `codec` says more. */
export function convert(input: string, target: string, codec: string[] = []): string {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', input, '-ac', '1', '-ar', '16000', ...codec, target]);
  return target;
}

/** The first `fraction` of a file's bytes: an upload or a recorder cut off. */
export function truncated(file: string, fraction: number): Buffer {
  const bytes = fs.readFileSync(file);
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}
