import { SAMPLE_RATE } from './decode.js';

/** Audio for the current piece, or the end of the current piece (the next audio starts a new one). */
export type SplitEvent = { audio: Buffer } | { cut: true };

export interface SplitOptions {
  /** Longest piece, in seconds. */
  maxPieceS: number;
  /** How far back from the limit a piece may end early to end in a pause. */
  lookbackS: number;
}

const FRAME = Math.round(SAMPLE_RATE * 0.03);
const FRAME_BYTES = FRAME * 2;
/** Frames this close (dB) to the quietest one of the window count as pause. */
const PAUSE_MARGIN_DB = 6;
/** Anything below this is a pause, however loud the rest of the window is. */
const ALWAYS_QUIET_DB = -60;

/**
 * Cuts a stream of 16 kHz mono PCM into pieces of at most `maxPieceS` for speech-to-text, each ending in the
 * longest pause of its last `lookbackS` seconds, so that no word is split. Streaming: it holds only the lookback
 * window (30 s is under 1 MB), however long the recording.
 */
export class PauseSplitter {
  private readonly window: Array<{ pcm: Buffer; db: number }> = [];
  private readonly windowFrames: number;
  private readonly maxPieceFrames: number;
  /** Frames of the current piece already handed out, and the window's frames after them. */
  private pieceFrames = 0;
  private carry = Buffer.alloc(0);

  constructor(opts: SplitOptions) {
    this.maxPieceFrames = Math.max(2, Math.floor((opts.maxPieceS * SAMPLE_RATE) / FRAME));
    this.windowFrames = Math.min(
      this.maxPieceFrames - 1,
      Math.max(1, Math.floor((opts.lookbackS * SAMPLE_RATE) / FRAME)),
    );
  }

  push(pcm: Buffer): SplitEvent[] {
    const data = this.carry.length ? Buffer.concat([this.carry, pcm]) : pcm;
    const whole = data.length - (data.length % FRAME_BYTES);
    this.carry = Buffer.from(data.subarray(whole));
    const out = new Events();
    for (let at = 0; at < whole; at += FRAME_BYTES) {
      const frame = data.subarray(at, at + FRAME_BYTES);
      this.window.push({ pcm: frame, db: levelDb(frame) });
      this.pieceFrames++;
      if (this.window.length > this.windowFrames) out.audio(this.window.shift()!.pcm);
      if (this.pieceFrames >= this.maxPieceFrames) this.cut(out);
    }
    return out.flushed;
  }

  /** The rest of the audio; the last piece ends with it. */
  end(): SplitEvent[] {
    const out = new Events();
    for (const f of this.window.splice(0)) out.audio(f.pcm);
    if (this.carry.length) out.audio(this.carry);
    this.carry = Buffer.alloc(0);
    return out.flushed;
  }

  private cut(out: Events): void {
    const at = pauseMiddle(this.window.map((f) => f.db));
    for (const f of this.window.splice(0, at)) out.audio(f.pcm);
    out.cut();
    this.pieceFrames = this.window.length;
  }
}

/** Index of the middle of the longest run of quiet frames (the latest, on a tie). */
export function pauseMiddle(levels: number[]): number {
  const quiet = Math.max(Math.min(...levels) + PAUSE_MARGIN_DB, ALWAYS_QUIET_DB);
  let best = { start: levels.length - 1, length: 0 };
  let runStart = -1;
  for (let i = 0; i <= levels.length; i++) {
    if (i < levels.length && levels[i]! <= quiet) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= best.length) best = { start: runStart, length: i - runStart };
    runStart = -1;
  }
  return best.start + Math.floor(best.length / 2);
}

/** RMS level of s16le samples in dBFS, floored at -100. */
export function levelDb(pcm: Buffer): number {
  let sum = 0;
  const n = pcm.length >> 1;
  for (let i = 0; i < n; i++) {
    const v = pcm.readInt16LE(i * 2);
    sum += v * v;
  }
  const rms = Math.sqrt(sum / Math.max(1, n)) / 32768;
  return Math.max(-100, 20 * Math.log10(rms || 1e-10));
}

/** Collects events, joining consecutive audio into one buffer. */
class Events {
  readonly list: SplitEvent[] = [];
  private pending: Buffer[] = [];
  audio(pcm: Buffer): void {
    this.pending.push(pcm);
  }
  cut(): void {
    this.flush();
    this.list.push({ cut: true });
  }
  get flushed(): SplitEvent[] {
    this.flush();
    return this.list;
  }
  private flush(): void {
    if (this.pending.length) this.list.push({ audio: Buffer.concat(this.pending) });
    this.pending = [];
  }
}
