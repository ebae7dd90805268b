import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { SAMPLE_RATE } from './decode.js';
import type { FfmpegPaths } from '../../lib/ffmpeg-paths.js';

/** A piece of the recording, ready to upload: Ogg/Opus at speech quality, about 4 KB per second. */
export interface EncodedPiece {
  startS: number;
  durationS: number;
  audio: Buffer;
}

/** Opus at 32 kbit/s in VoIP mode keeps speech intelligible for recognition at a tenth of FLAC's size. */
const OPUS_OPTIONS = ['-c:a', 'libopus', '-b:a', '32k', '-application', 'voip', '-f', 'ogg'];

/** One ffmpeg encoding 16 kHz mono PCM, written as it is decoded, to Ogg/Opus in memory. */
export class PieceEncoder {
  private readonly input = new PassThrough({ highWaterMark: 256 * 1024 });
  private readonly parts: Buffer[] = [];
  private readonly finished: Promise<void>;
  private readonly command;
  private samples = 0;
  private stopped = false;

  constructor(
    paths: FfmpegPaths,
    private readonly startS: number,
  ) {
    const output = new PassThrough({ emitClose: false });
    output.on('data', (d: Buffer) => this.parts.push(d));
    this.command = ffmpeg(this.input)
      .setFfmpegPath(paths.ffmpeg)
      .inputOptions(['-hide_banner', '-loglevel', 'error', '-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', '1'])
      .outputOptions(OPUS_OPTIONS);
    this.command.on('start', () => this.stopped && this.command.kill('SIGKILL'));
    this.finished = new Promise((resolve, reject) => {
      this.command.once('end', () => resolve());
      this.command.once('error', (err: Error) =>
        reject(new Error(`encoding a piece for speech-to-text failed: ${err.message}`, { cause: err })),
      );
    });
    this.finished.catch(() => {});
    this.command.pipe(output, { end: true });
  }

  /** Waits while ffmpeg is behind, so memory does not grow with the recording. */
  async write(pcm: Buffer): Promise<void> {
    this.samples += pcm.length / 2;
    if (!this.input.write(pcm)) await Promise.race([once(this.input, 'drain'), this.finished]);
  }

  async end(): Promise<EncodedPiece> {
    this.input.end();
    await this.finished;
    return { startS: this.startS, durationS: this.samples / SAMPLE_RATE, audio: Buffer.concat(this.parts) };
  }

  kill(): void {
    this.stopped = true;
    this.command.kill('SIGKILL');
    this.input.destroy();
  }
}
