import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FORMATS = {
  wav: ['-c:a', 'pcm_s16le', 'tone.wav'],
  mp3: ['-c:a', 'libmp3lame', 'tone.mp3'],
  ogg: ['-c:a', 'libopus', 'tone.ogg'],
  webm: ['-c:a', 'libopus', 'tone.webm'],
  mp4: ['-c:a', 'aac', 'tone.m4a'],
  flac: ['-c:a', 'flac', 'tone.flac'],
} as const;

/** Encodes one second of a 220 Hz tone with the real ffmpeg into each container; returns file paths. */
export function makeTones(): Record<keyof typeof FORMATS, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resona-audio-'));
  const out = {} as Record<keyof typeof FORMATS, string>;
  for (const [name, [flag, codec, file]] of Object.entries(FORMATS) as Array<
    [keyof typeof FORMATS, readonly string[]]
  >) {
    const target = path.join(dir, file!);
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=220:duration=1',
      '-ar',
      '48000',
      flag!,
      codec!,
      target,
    ]);
    out[name] = target;
  }
  return out;
}

/** The 8-byte PNG signature and a header: an image, whatever its name says. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);
