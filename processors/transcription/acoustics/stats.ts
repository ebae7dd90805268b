// Running statistics in constant memory: Welford mean/SD, and quantiles from fixed-resolution histograms (bin
// width chosen so the quantile error is far below the agreement we need).

export class RunningStats {
  n = 0;
  private m = 0;
  private s = 0;

  add(x: number): void {
    this.n++;
    const d = x - this.m;
    this.m += d / this.n;
    this.s += d * (x - this.m);
  }

  get mean(): number | null {
    return this.n > 0 ? this.m : null;
  }

  /** Sample standard deviation (n - 1), as Praat reports it. */
  get sd(): number | null {
    return this.n > 1 ? Math.sqrt(this.s / (this.n - 1)) : null;
  }
}

/**
 * Counts (and sums) of values in equal bins over [lo, hi); out-of-range values land in the end bins. Quantiles
 * follow Praat's NUMquantile on the sorted values (rank q·n + 0.5, linear between neighbours), with a bin's
 * values spread evenly around their mean inside the bin, so the error is at most one bin width (and nil for a
 * bin of identical values, such as a steady tone).
 */
export class Histogram {
  private readonly counts: Float64Array;
  private readonly sums: Float64Array;
  private total = 0;

  constructor(
    private readonly lo: number,
    private readonly hi: number,
    private readonly width: number,
  ) {
    this.counts = new Float64Array(Math.ceil((hi - lo) / width));
    this.sums = new Float64Array(this.counts.length);
  }

  add(x: number, weight = 1): void {
    const b = Math.min(this.counts.length - 1, Math.max(0, Math.floor((x - this.lo) / this.width)));
    this.counts[b] = this.counts[b]! + weight;
    this.sums[b] = this.sums[b]! + weight * x;
    this.total += weight;
  }

  get n(): number {
    return this.total;
  }

  /** Value of the r-th smallest (1-based, r may be fractional between ranks) under the even-spread assumption. */
  private rank(r: number): number {
    let cum = 0;
    for (let b = 0; b < this.counts.length; b++) {
      const c = this.counts[b]!;
      if (c > 0 && cum + c >= r) {
        const start = this.lo + b * this.width;
        const v = this.sums[b]! / c + ((r - cum - 0.5) / c - 0.5) * this.width;
        return Math.min(start + this.width, Math.max(start, v));
      }
      cum += c;
    }
    return this.hi;
  }

  quantile(q: number): number | null {
    const n = this.total;
    if (n <= 0) return null;
    const place = q * n + 0.5;
    const left = Math.floor(place);
    if (left < 1) return this.rank(1);
    if (left >= n) return this.rank(n);
    const a = this.rank(left);
    return a + (place - left) * (this.rank(left + 1) - a);
  }

  /** Number of values at or above x (bins whose centre is at or above x). */
  countFrom(x: number): number {
    let c = 0;
    for (let b = 0; b < this.counts.length; b++) if (this.lo + (b + 0.5) * this.width >= x) c += this.counts[b]!;
    return c;
  }

  /** Mean and SD of the values at or above x, from bin centres. */
  statsFrom(x: number): { mean: number | null; sd: number | null } {
    let n = 0;
    let s = 0;
    let s2 = 0;
    for (let b = 0; b < this.counts.length; b++) {
      const v = this.lo + (b + 0.5) * this.width;
      const c = this.counts[b]!;
      if (v < x || c === 0) continue;
      n += c;
      s += c * v;
      s2 += c * v * v;
    }
    if (n === 0) return { mean: null, sd: null };
    const mean = s / n;
    return { mean, sd: n > 1 ? Math.sqrt(Math.max(0, (s2 - n * mean * mean) / (n - 1))) : null };
  }
}

/** Semitones re 27.5 Hz (eGeMAPS' F0 scale). */
export const semitones = (hz: number) => 12 * Math.log2(hz / 27.5);
export const hertz = (st: number) => 27.5 * 2 ** (st / 12);
