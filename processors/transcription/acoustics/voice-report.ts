// Jitter (local) and shimmer (local, local dB) over the whole pulse train, accumulated pulse by pulse with the
// conditions of Praat's PointProcess_getJitter_local, PointProcess_getMeanPeriod (with its period test) and
// PointProcess_Sound_to_AmplitudeTier_period + AmplitudeTier_getShimmer_local(_dB). Only the last few pulses and
// amplitude points are kept.
import type { SampleRing } from './ring.js';

export interface PeriodSettings {
  shortestPeriod: number;
  longestPeriod: number;
  maximumPeriodFactor: number;
  maximumAmplitudeFactor: number;
}

/** Praat's usual voice-report arguments: 0.0001 s, 0.02 s, 1.3, 1.6. */
export const PRAAT_PERIODS: PeriodSettings = {
  shortestPeriod: 0.0001,
  longestPeriod: 0.02,
  maximumPeriodFactor: 1.3,
  maximumAmplitudeFactor: 1.6,
};

export class VoiceReport {
  private readonly t = [NaN, NaN, NaN]; // last three pulses, newest last
  private count = 0;
  private jitterSum = 0;
  private triples = 0;
  private periodSum = 0;
  private periods = 0;
  private lastPeriodPending = false; // interval t[1]..t[2] awaits its right neighbour
  private ampPrevT = NaN;
  private ampPrev = NaN;
  private ampCount = 0;
  private ampSum = 0;
  private shimmerSum = 0;
  private shimmerDbSum = 0;
  private shimmerPairs = 0;

  constructor(
    private readonly ring: SampleRing,
    private readonly sampleRate: number,
    private readonly p: PeriodSettings = PRAAT_PERIODS,
  ) {}

  private isPeriodLike(a: number, b: number): boolean {
    return (
      a >= this.p.shortestPeriod && a <= this.p.longestPeriod && b >= this.p.shortestPeriod && b <= this.p.longestPeriod
    );
  }

  /** PointProcess_isPeriod for the interval (t0, t1) with neighbours before and after (NaN if absent). */
  private isPeriod(interval: number, previous: number, next: number): boolean {
    if (interval <= 0 || interval < this.p.shortestPeriod || interval > this.p.longestPeriod) return false;
    const f = this.p.maximumPeriodFactor;
    let pf = previous > 0 ? interval / previous : NaN;
    let nf = next > 0 ? interval / next : NaN;
    if (Number.isNaN(pf) && Number.isNaN(nf)) return true;
    if (pf > 0 && pf < 1) pf = 1 / pf;
    if (nf > 0 && nf < 1) nf = 1 / nf;
    return !(pf > f && nf > f);
  }

  /** Next pulse, in time order. */
  add(time: number): void {
    const [t0, t1, t2] = this.t;
    this.t[0] = t1!;
    this.t[1] = t2!;
    this.t[2] = time;
    this.count++;
    if (this.count >= 3) {
      const p1 = this.t[1]! - this.t[0]!;
      const p2 = this.t[2]! - this.t[1]!;
      if (this.isPeriodLike(p1, p2) && (p1 > p2 ? p1 / p2 : p2 / p1) <= this.p.maximumPeriodFactor) {
        this.jitterSum += Math.abs(p1 - p2);
        this.triples++;
        this.amplitude(this.t[1]!, 0.2 * p1, 0.2 * p2);
      }
    }
    if (this.lastPeriodPending) {
      // interval (t1, t2) of before this pulse now has its right neighbour.
      const interval = t2! - t1!;
      this.countPeriod(interval, t0! >= 0 ? t1! - t0! : NaN, time - t2!);
    }
    this.lastPeriodPending = this.count >= 2;
  }

  private countPeriod(interval: number, previous: number, next: number): void {
    if (this.isPeriod(interval, previous, next)) {
      this.periodSum += interval;
      this.periods++;
    }
  }

  /** End of the pulse train: the last interval has no right neighbour. */
  finish(): void {
    if (this.count >= 2) {
      const [t0, t1, t2] = this.t;
      this.countPeriod(t2! - t1!, this.count >= 3 ? t1! - t0! : NaN, NaN);
    }
    this.lastPeriodPending = false;
  }

  /** Hann-windowed RMS around a pulse, as Praat's Sound_getHannWindowedRms. */
  private amplitude(tmid: number, widthLeft: number, widthRight: number): void {
    const dx = 1 / this.sampleRate;
    const x1 = 0.5 * dx;
    const imin = Math.max(1, Math.ceil((tmid - widthLeft - x1) / dx) + 1, this.ring.oldest + 1);
    const imax = Math.min(Math.floor((tmid + widthRight - x1) / dx) + 1, this.ring.length);
    if (imax - imin + 1 < 3) return;
    let sum = 0;
    let wsum = 0;
    for (let i = imin; i <= imax; i++) {
      const t = x1 + (i - 1) * dx;
      const width = t < tmid ? widthLeft : widthRight;
      const w = 0.5 + 0.5 * Math.cos((Math.PI * (t - tmid)) / width);
      const v = this.ring.at(i - 1) * w;
      sum += v * v;
      wsum += w * w;
    }
    const a = Math.sqrt(sum / wsum);
    if (!(a > 0)) return;
    if (this.ampCount > 0) {
      const p = tmid - this.ampPrevT;
      if (p >= this.p.shortestPeriod && p <= this.p.longestPeriod) {
        const a1 = this.ampPrev;
        const factor = a1 > a ? a1 / a : a / a1;
        if (factor <= this.p.maximumAmplitudeFactor) {
          this.shimmerSum += Math.abs(a1 - a);
          this.shimmerDbSum += Math.abs(Math.log10(a1 / a));
          this.shimmerPairs++;
        }
      }
    }
    this.ampSum += a;
    this.ampCount++;
    this.ampPrevT = tmid;
    this.ampPrev = a;
  }

  get pulses(): number {
    return this.count;
  }

  /** Jitter (local) as a fraction, or null where Praat's is undefined. */
  jitterLocal(): number | null {
    if (this.count < 3 || this.triples < 1 || this.periods < 1) return null;
    return this.jitterSum / this.triples / (this.periodSum / this.periods);
  }

  /** Shimmer (local) as a fraction; the mean amplitude leaves out the last point, as Praat's does. */
  shimmerLocal(): number | null {
    if (this.count < 3 || this.shimmerPairs < 1 || this.ampCount < 2) return null;
    const mean = (this.ampSum - this.ampPrev) / (this.ampCount - 1);
    return mean > 0 ? this.shimmerSum / this.shimmerPairs / mean : null;
  }

  shimmerLocalDb(): number | null {
    if (this.count < 3 || this.shimmerPairs < 1) return null;
    return (20 * this.shimmerDbSum) / this.shimmerPairs;
  }
}

/** Reorders the few pulses that can arrive out of order and hands them on once no earlier pulse can follow. */
export class PulseSink {
  private readonly buf: number[] = [];
  constructor(private readonly out: (t: number) => void) {}

  add(t: number): void {
    const b = this.buf;
    let i = b.length;
    while (i > 0 && b[i - 1]! > t) i--;
    if (i > 0 && b[i - 1] === t) return; // PointProcess_addPoint ignores duplicates
    b.splice(i, 0, t);
  }

  release(watermark: number): void {
    let n = 0;
    while (n < this.buf.length && this.buf[n]! < watermark) this.out(this.buf[n++]!);
    if (n) this.buf.splice(0, n);
  }
}
