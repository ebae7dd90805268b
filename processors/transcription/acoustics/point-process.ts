// Glottal pulses as Praat's Sound & Pitch: To PointProcess (cc) finds them (Sound_Pitch_to_PointProcess_cc): per
// voiced interval, an extremum near its middle, then period-by-period cross-correlation to the left and the
// right, guided by the pitch contour. Intervals are handled one at a time as the pitch path is decided, so only
// the samples of the current interval (plus a margin) are needed; an interval longer than MAX_INTERVAL frames is
// anchored in the middle of its first MAX_INTERVAL frames and tracked rightwards as more samples arrive.
import type { SampleRing } from './ring.js';
import { corrPeak, findExtremum, findMaximumCorrelation, type SoundView } from './sound-search.js';

const FRAME_CAP = 4096;
const MAX_INTERVAL = 600;

interface Interval {
  left: number;
  right: number; // -1 while open
}

export class PulseTracker {
  private readonly f0 = new Float64Array(FRAME_CAP);
  private decided = 0;
  private finished = false;
  private open: Interval | null = null;
  private readonly queue: Interval[] = [];
  private cur: Interval | null = null;
  private tmax = 0; // right-hand search position of the current interval
  private addedRight = -1e308;
  private readonly leftPoints = new Float64Array(16384);
  private readonly sound: SoundView;

  constructor(
    ring: SampleRing,
    sampleRate: number,
    private readonly firstTime: number,
    private readonly dt: number,
    private readonly lookahead: number,
    private readonly emit: (t: number) => void,
    private readonly release: (watermark: number) => void,
  ) {
    this.sound = { ring, dx: 1 / sampleRate, x1: 0.5 / sampleRate, nx: Infinity };
  }

  onFrame(k: number, f0: number): void {
    this.f0[k & (FRAME_CAP - 1)] = f0;
    this.decided = k + 1;
    if (f0 > 0) {
      if (!this.open) this.open = { left: k, right: -1 };
    } else if (this.open) {
      this.open.right = k - 1;
      if (this.open !== this.cur) this.queue.push(this.open);
      this.open = null;
    }
  }

  finish(): void {
    this.finished = true;
    this.sound.nx = this.sound.ring.length;
    if (this.open) {
      this.open.right = this.decided - 1;
      if (this.open !== this.cur) this.queue.push(this.open);
      this.open = null;
    }
    this.pump();
    this.release(Infinity);
  }

  /** Advances as far as the decided pitch frames and the samples allow. */
  pump(): void {
    for (;;) {
      if (!this.cur) {
        const next = this.queue[0] ?? this.capped();
        if (!next) break;
        if (!this.startInterval(next)) break;
        if (next === this.queue[0]) this.queue.shift();
        if (!this.cur) continue;
      }
      if (!this.stepRight()) break;
    }
    const t = this.cur
      ? this.tmax
      : this.frameTime(this.queue[0]?.left ?? this.open?.left ?? this.decided) - 0.5 * this.dt;
    this.release(t - 0.05);
  }

  private capped(): Interval | null {
    const o = this.open;
    return o && this.decided - o.left >= MAX_INTERVAL ? o : null;
  }

  private frameTime(k: number): number {
    return this.firstTime + k * this.dt;
  }

  private sampleIndex(t: number): number {
    return Math.ceil(t / this.sound.dx) + 2;
  }

  /** True when the samples up to time t (plus the global-peak lookahead) are present. */
  private haveSamples(t: number): boolean {
    return this.finished || this.sound.ring.length > this.sampleIndex(t) + this.lookahead;
  }

  private globalPeak(t: number): number {
    return this.sound.ring.peakUpTo(this.sampleIndex(t) + this.lookahead);
  }

  /** Pitch_getValueAtTime (linear), or NaN where Praat's is undefined. */
  private valueAt(t: number): number {
    if (t < 0 || (this.finished && t > this.sound.nx * this.sound.dx)) return NaN;
    const ireal = (t - this.firstTime) / this.dt;
    const ileft = Math.floor(ireal);
    let phase = ireal - ileft;
    let near = ileft;
    let far = ileft + 1;
    if (phase >= 0.5) {
      near = ileft + 1;
      far = ileft;
      phase = 1 - phase;
    }
    if (near < 0 || near >= this.decided) return NaN;
    const fnear = this.f0[near & (FRAME_CAP - 1)]!;
    if (!(fnear > 0)) return NaN;
    if (far < 0 || far >= this.decided) return fnear;
    const ffar = this.f0[far & (FRAME_CAP - 1)]!;
    return ffar > 0 ? fnear + phase * (ffar - fnear) : fnear;
  }

  /** Frames up to the one nearest t (and its neighbour) are decided, or no more will come. */
  private haveFrames(t: number): boolean {
    return this.finished || this.decided > Math.round((t - this.firstTime) / this.dt) + 1;
  }

  private tright(iv: Interval): number {
    if (iv.right < 0) return Infinity;
    const t = this.frameTime(iv.right) + 0.5 * this.dt;
    return this.finished ? Math.min(t, this.sound.nx * this.sound.dx) : t;
  }

  /** Middle extremum and the leftward search; false if the data is not there yet. */
  private startInterval(iv: Interval): boolean {
    const tleft = Math.max(0, this.frameTime(iv.left) - 0.5 * this.dt);
    // Anchored in the first MAX_INTERVAL frames whenever it is that long, closed or not: chunking-independent.
    const rightFrame = iv.right >= 0 && iv.right - iv.left < MAX_INTERVAL ? iv.right : iv.left + MAX_INTERVAL - 1;
    const trightMid = this.frameTime(rightFrame) + 0.5 * this.dt;
    if (!this.haveSamples(trightMid + 0.03)) return false;
    const tmiddle = (tleft + trightMid) / 2;
    const f0middle = this.valueAt(tmiddle);
    if (!(f0middle > 0)) return true;
    const peakAll = this.globalPeak(trightMid + 0.03);
    let tmax = findExtremum(this.sound, tmiddle - 0.5 / f0middle, tmiddle + 0.5 / f0middle);
    const tsave = tmax;
    let n = 0;
    for (;;) {
      const f0 = this.valueAt(tmax);
      if (!(f0 > 0)) break;
      const corr = findMaximumCorrelation(this.sound, tmax, 1 / f0, tmax - 1.25 / f0, tmax - 0.8 / f0);
      tmax = corr === -1 ? tmax - 1 / f0 : corrPeak.t;
      if (tmax < tleft) {
        if (corr > 0.7 && corrPeak.peak > 0.023333 * peakAll && tmax - this.addedRight > 0.8 / f0)
          this.leftPoints[n++] = tmax;
        break;
      }
      if (corr > 0.3 && (corrPeak.peak === 0 || corrPeak.peak > 0.01 * peakAll) && tmax - this.addedRight > 0.8 / f0)
        if (n < this.leftPoints.length) this.leftPoints[n++] = tmax;
    }
    for (let i = n - 1; i >= 0; i--) this.emit(this.leftPoints[i]!);
    this.emit(tsave);
    this.cur = iv;
    this.tmax = tsave;
    return true;
  }

  /** Rightward search; true when the interval is done, false when it waits for data. */
  private stepRight(): boolean {
    const iv = this.cur!;
    for (;;) {
      if (!this.haveFrames(this.tmax)) return false;
      const f0 = this.valueAt(this.tmax);
      if (!(f0 > 0)) break;
      const reach = this.tmax + 1.3 / f0;
      if (iv.right < 0 && !this.haveFrames(reach)) return false;
      if (!this.haveSamples(this.tmax + 1.8 / f0)) return false;
      const tright = this.tright(iv);
      const peakAll = this.globalPeak(this.tmax + 1.8 / f0);
      const corr = findMaximumCorrelation(this.sound, this.tmax, 1 / f0, this.tmax + 0.8 / f0, this.tmax + 1.25 / f0);
      this.tmax = corr === -1 ? this.tmax + 1 / f0 : corrPeak.t;
      if (this.tmax > tright) {
        if (corr > 0.7 && corrPeak.peak > 0.023333 * peakAll) {
          this.emit(this.tmax);
          this.addedRight = this.tmax;
        }
        break;
      }
      if (corr > 0.3 && (corrPeak.peak === 0 || corrPeak.peak > 0.01 * peakAll)) {
        this.emit(this.tmax);
        this.addedRight = this.tmax;
      }
    }
    // A capped interval that is still open continues as an ordinary one once it closes.
    if (iv.right < 0) this.open = null;
    this.cur = null;
    return true;
  }
}
