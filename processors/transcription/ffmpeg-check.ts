import path from 'node:path';
import type { Config } from '../../lib/config.js';
import { ffmpegPaths, type FfmpegPaths } from '../../lib/ffmpeg-paths.js';
import type { Logger } from '../../lib/logger.js';
import { decoderArgs, SAMPLE_RATE } from './decode.js';
import { startDecoder } from './decoder-pool.js';

const checks = new Map<string, Promise<void>>();

/**
 * The ffmpeg that decodes uploads, checked once per process and binary: it must decode a short WAV with the very
 * restrictions every decode runs under. A binary that cannot (too old for them, broken) stops the stage with an
 * operator's error instead of failing each recording as invalid audio; which binary decodes is logged once, with a
 * warning for the npm package's 2018 build.
 */
export async function decodingFfmpeg(settings: Config['ffmpeg'], logger: Logger): Promise<FfmpegPaths> {
  const paths = await ffmpegPaths(settings);
  let checked = checks.get(paths.ffmpeg);
  if (!checked) {
    checked = checkRestrictedDecoding(paths.ffmpeg).then((version) => {
      const binary = { ffmpeg: paths.ffmpeg, origin: paths.origin, version };
      if (!isNpmBuild(paths.ffmpeg)) return logger.info(binary, 'uploads are decoded with this ffmpeg');
      logger.warn(
        binary,
        'uploads are decoded with the ffmpeg of the npm package @ffmpeg-installer/ffmpeg, a 2018 build with known ' +
          'vulnerabilities (it runs restricted to the uploaded bytes): install a current ffmpeg or set FFMPEG_PATH',
      );
    });
    checks.set(paths.ffmpeg, checked);
    // A failed check is not kept: fixing the binary must not need a restart.
    checked.catch(() => checks.delete(paths.ffmpeg));
  }
  await checked;
  return paths;
}

/** The npm installer package's binary, however it was chosen (FFMPEG_PATH may point at it too). */
const isNpmBuild = (ffmpeg: string) => ffmpeg.split(path.sep).includes('@ffmpeg-installer');

/** Decodes 0.1 s of a tone through the restricted arguments of a decode; resolves with ffmpeg's version. */
export async function checkRestrictedDecoding(ffmpeg: string): Promise<string> {
  const decoder = startDecoder(ffmpeg, decoderArgs('wav', 'pipe'), 'pipe');
  const timer = setTimeout(decoder.kill, 15_000);
  decoder.stdin!.end(toneWav(0.1));
  let bytes = 0;
  let code: number | null;
  try {
    for await (const pcm of decoder.stdout as AsyncIterable<Buffer>) bytes += pcm.length;
    ({ code } = await decoder.exited);
  } finally {
    clearTimeout(timer);
  }
  const stderr = decoder.stderr();
  const version = /^ffmpeg version (\S+)/m.exec(stderr)?.[1] ?? 'unknown';
  if (code === 0 && bytes > 0) return version;
  const why = stderr.trim().split('\n').at(-1) || `exit code ${code}`;
  throw new Error(
    `ffmpeg at ${ffmpeg} (version ${version}) cannot decode with its input restricted to the uploaded bytes ` +
      `(-f, -format_whitelist, -protocol_whitelist): ${why}. Install a current ffmpeg or set FFMPEG_PATH.`,
  );
}

/** A mono 16-bit WAV of a 440 Hz tone at the decoders' output rate. */
function toneWav(seconds: number): Buffer {
  const samples = Math.round(seconds * SAMPLE_RATE);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / SAMPLE_RATE)), 44 + i * 2);
  }
  return wav;
}
