// Real-input FFT of a power-of-two size via one complex FFT of half the size (the usual packing trick):
// the pitch autocorrelation and the spectral frames each need two or one of these per 10 ms frame.

export class RealFft {
  readonly n: number;
  private readonly half: number;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly cosT: Float64Array; // twiddles of the half-size complex FFT
  private readonly sinT: Float64Array;
  private readonly cosN: Float64Array; // twiddles of the full size, for the split step
  private readonly sinN: Float64Array;
  private readonly rev: Uint32Array;

  constructor(n: number) {
    if (n < 4 || (n & (n - 1)) !== 0) throw new Error(`FFT size must be a power of two >= 4, not ${n}`);
    this.n = n;
    const h = n >> 1;
    this.half = h;
    this.re = new Float64Array(h);
    this.im = new Float64Array(h);
    this.cosT = new Float64Array(h >> 1);
    this.sinT = new Float64Array(h >> 1);
    for (let i = 0; i < h >> 1; i++) {
      this.cosT[i] = Math.cos((2 * Math.PI * i) / h);
      this.sinT[i] = Math.sin((2 * Math.PI * i) / h);
    }
    this.cosN = new Float64Array(h + 1);
    this.sinN = new Float64Array(h + 1);
    for (let k = 0; k <= h; k++) {
      this.cosN[k] = Math.cos((2 * Math.PI * k) / n);
      this.sinN[k] = Math.sin((2 * Math.PI * k) / n);
    }
    this.rev = new Uint32Array(h);
    const bits = Math.log2(h);
    for (let i = 0; i < h; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.rev[i] = r;
    }
  }

  /** Spectrum of real `x` (length n): outRe/outIm get bins 0..n/2 (length n/2 + 1). */
  forward(x: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
    const h = this.half;
    const re = this.re;
    const im = this.im;
    const rev = this.rev;
    const cosN = this.cosN;
    const sinN = this.sinN;
    for (let i = 0; i < h; i++) {
      const j = rev[i]!;
      re[j] = x[2 * i]!;
      im[j] = x[2 * i + 1]!;
    }
    this.complex(-1);
    outRe[0] = re[0]! + im[0]!;
    outIm[0] = 0;
    outRe[h] = re[0]! - im[0]!;
    outIm[h] = 0;
    for (let k = 1; k < h; k++) {
      const ar = re[k]!;
      const ai = im[k]!;
      const br = re[h - k]!;
      const bi = -im[h - k]!;
      const er = 0.5 * (ar + br); // even part
      const ei = 0.5 * (ai + bi);
      const or = 0.5 * (ai - bi); // odd part, times -i
      const oi = -0.5 * (ar - br);
      const c = cosN[k]!;
      const s = -sinN[k]!;
      outRe[k] = er + (or * c - oi * s);
      outIm[k] = ei + (or * s + oi * c);
    }
  }

  /** Inverse of forward() without the 1/n factor (like Praat's backward FFT up to a constant). */
  inverse(inRe: Float64Array, inIm: Float64Array, out: Float64Array): void {
    const h = this.half;
    const re = this.re;
    const im = this.im;
    const rev = this.rev;
    const cosN = this.cosN;
    const sinN = this.sinN;
    for (let k = 0; k < h; k++) {
      const ar = inRe[k]!;
      const ai = inIm[k]!;
      const br = inRe[h - k]!;
      const bi = -inIm[h - k]!;
      const er = ar + br;
      const ei = ai + bi;
      const dr = ar - br;
      const di = ai - bi;
      const c = cosN[k]!;
      const s = sinN[k]!;
      const orr = dr * c - di * s; // (X[k] - conj X[h-k]) * e^{+i2πk/n}
      const oi = dr * s + di * c;
      const j = rev[k]!;
      re[j] = er - oi; // E + i·O
      im[j] = ei + orr;
    }
    this.complex(1);
    for (let i = 0; i < h; i++) {
      out[2 * i] = re[i]!;
      out[2 * i + 1] = im[i]!;
    }
  }

  private complex(sign: number): void {
    const h = this.half;
    const re = this.re;
    const im = this.im;
    const cosT = this.cosT;
    const sinT = this.sinT;
    for (let a = 0; a < h; a += 2) {
      const xr = re[a + 1]!;
      const xi = im[a + 1]!;
      re[a + 1] = re[a]! - xr;
      im[a + 1] = im[a]! - xi;
      re[a] = re[a]! + xr;
      im[a] = im[a]! + xi;
    }
    for (let size = 4; size <= h; size <<= 1) {
      const halfSize = size >> 1;
      const step = (h / size) | 0;
      for (let j = 0; j < halfSize; j++) {
        const t = j * step;
        const wr = cosT[t]!;
        const wi = sign * sinT[t]!;
        for (let a = j; a < h; a += size) {
          const b = a + halfSize;
          const br = re[b]!;
          const bi = im[b]!;
          const xr = br * wr - bi * wi;
          const xi = br * wi + bi * wr;
          const ar = re[a]!;
          const ai = im[a]!;
          re[b] = ar - xr;
          im[b] = ai - xi;
          re[a] = ar + xr;
          im[a] = ai + xi;
        }
      }
    }
  }
}
