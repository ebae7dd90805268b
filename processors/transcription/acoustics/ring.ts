// Fixed-size history of the decoded samples (the only signal memory the extractor keeps), with absolute sample
// indices, plus a running "peak so far" per block so analyses can ask for max |x| over [0, n] deterministically,
// whatever the chunking of the input was.

const BLOCK_BITS = 8; // 256-sample blocks for the prefix peak

export class SampleRing {
  readonly capacity: number;
  private readonly mask: number;
  private readonly blockMask: number;
  private readonly data: Float32Array;
  // Running max, min and sum over [0, end of block b], per ring block.
  private readonly blockMax: Float32Array;
  private readonly blockMin: Float32Array;
  private readonly blockSum: Float64Array;
  private total = 0;
  private max = -Infinity;
  private min = Infinity;
  private sum = 0;
  /** Set once the input has ended: `length` is then the final sample count. */
  ended = false;

  constructor(bits = 19) {
    this.capacity = 1 << bits;
    this.mask = this.capacity - 1;
    this.data = new Float32Array(this.capacity);
    const blocks = this.capacity >> BLOCK_BITS;
    this.blockMask = blocks - 1;
    this.blockMax = new Float32Array(blocks);
    this.blockMin = new Float32Array(blocks);
    this.blockSum = new Float64Array(blocks);
  }

  /** Number of samples appended so far (absolute index of the next sample). */
  get length(): number {
    return this.total;
  }

  /** Oldest absolute index still held. */
  get oldest(): number {
    return Math.max(0, this.total - this.capacity);
  }

  push(value: number): void {
    const i = this.total;
    this.data[i & this.mask] = value;
    if (value > this.max) this.max = value;
    if (value < this.min) this.min = value;
    this.sum += value;
    this.total = i + 1;
    if ((this.total & ((1 << BLOCK_BITS) - 1)) === 0) {
      const b = (i >> BLOCK_BITS) & this.blockMask;
      this.blockMax[b] = this.max;
      this.blockMin[b] = this.min;
      this.blockSum[b] = this.sum;
    }
  }

  /** Sample at absolute index n (must be held). */
  at(n: number): number {
    return this.data[n & this.mask]!;
  }

  /** Copies count samples starting at absolute index `from` into dst[0..count); indices outside [0, length) give 0. */
  copy(from: number, count: number, dst: Float64Array): void {
    for (let j = 0; j < count; j++) {
      const n = from + j;
      dst[j] = n >= 0 && n < this.total ? this.data[n & this.mask]! : 0;
    }
  }

  /** Max, min and sum over absolute indices [0, n] (n clipped to the samples present) into `out`. */
  private prefix(n: number, out: { max: number; min: number; sum: number; count: number }): void {
    if (n >= this.total - 1) {
      out.max = this.max;
      out.min = this.min;
      out.sum = this.sum;
      out.count = this.total;
      return;
    }
    const block = n >> BLOCK_BITS;
    let max = -Infinity;
    let min = Infinity;
    let sum = 0;
    if (block > 0) {
      const b = (block - 1) & this.blockMask;
      max = this.blockMax[b]!;
      min = this.blockMin[b]!;
      sum = this.blockSum[b]!;
    }
    for (let i = block << BLOCK_BITS; i <= n; i++) {
      const v = this.data[i & this.mask]!;
      if (v > max) max = v;
      if (v < min) min = v;
      sum += v;
    }
    out.max = max;
    out.min = min;
    out.sum = sum;
    out.count = Math.max(0, n + 1);
  }

  private readonly scratch = { max: 0, min: 0, sum: 0, count: 0 };

  /** max |x| over absolute indices [0, n] (Praat's Vector_getAbsoluteExtremum so far). */
  peakUpTo(n: number): number {
    if (n < 0 || this.total === 0) return 0;
    this.prefix(n, this.scratch);
    return Math.max(Math.abs(this.scratch.max), Math.abs(this.scratch.min));
  }

  /** max x - min x over [0, n]; half of it never exceeds the final max |x - mean|. */
  rangeUpTo(n: number): number {
    if (n < 0 || this.total === 0) return 0;
    this.prefix(n, this.scratch);
    return this.scratch.max - this.scratch.min;
  }

  /** max |x - mean| over [0, n], the mean taken over the same samples (Praat's pitch "global peak" so far). */
  demeanedPeakUpTo(n: number): number {
    if (n < 0 || this.total === 0) return 0;
    const p = this.scratch;
    this.prefix(n, p);
    const mean = p.sum / p.count;
    return Math.max(p.max - mean, mean - p.min);
  }
}
