// Mean harmonics-to-noise ratio as Praat's To Harmonicity (cc) (0.01 s, 75 Hz, silence threshold 0.1, 1 period)
// followed by Get mean: forward cross-correlation frames, sinc-700 peak refinement, and Praat's path with zero
// costs, which keeps a frame (voiced) when its best correlation beats 2 - 10·localPeak/globalPeak. The global
// peak is only known at the end, so each frame goes into a histogram keyed by the global peak below which it
// counts as voiced (q = 10·localPeak / (2 - r)); at the end the bins above the real global peak are summed.
import { RealFft } from './fft.js';
import { improveMaximum, interpolateSinc, SINC700, type Peak } from './numerics.js';
import type { SampleRing } from './ring.js';

const FLOOR = 75;
const SILENCE = 0.1;
const BINS_PER_OCTAVE = 128;
const LOG2_MIN = -30;
const OCTAVES = 36;

export class Harmonicity {
  readonly firstTime = 0.015;
  readonly timeStep = 0.01;
  private readonly dx: number;
  private readonly nsampPeriod: number;
  private readonly halfWindow: number;
  private readonly nsampWindow: number;
  private readonly maximumLag: number;
  private readonly B: number;
  private readonly amp: Float64Array;
  private readonly fft: RealFft;
  private readonly xbuf: Float64Array;
  private readonly spec: Float64Array[];
  private readonly r: Float64Array;
  private readonly first = new Float64Array(4);
  private readonly firstLag = new Int32Array(4);
  private readonly peak: Peak = { x: 0, y: 0 };
  private readonly sum = new Float64Array(OCTAVES * BINS_PER_OCTAVE);
  private readonly count = new Float64Array(OCTAVES * BINS_PER_OCTAVE);
  frames = 0;

  constructor(
    private readonly ring: SampleRing,
    sampleRate: number,
  ) {
    const dx = 1 / sampleRate;
    this.dx = dx;
    this.nsampPeriod = Math.floor(1 / dx / FLOOR);
    this.halfWindow = Math.trunc(Math.floor(1 / FLOOR / dx) / 2) - 1;
    this.nsampWindow = 2 * this.halfWindow;
    this.maximumLag = Math.min(this.nsampWindow + 2, this.nsampWindow);
    this.B = this.nsampWindow; // interpolation depth 1.0
    let nfft = 1;
    while (nfft < this.maximumLag + this.nsampWindow) nfft *= 2;
    this.fft = new RealFft(nfft);
    this.amp = new Float64Array(nfft);
    this.xbuf = new Float64Array(nfft);
    this.spec = Array.from({ length: 4 }, () => new Float64Array(nfft / 2 + 1));
    this.r = new Float64Array(2 * this.B + 1);
  }

  frameTime(k: number): number {
    return this.firstTime + k * this.timeStep;
  }

  /** Absolute index of the last sample frame k reads. */
  lastSample(k: number): number {
    const t = this.frameTime(k);
    const left = Math.floor((t - 0.5 * this.dx) / this.dx);
    const start = Math.max(0, Math.floor((t - 1 / FLOOR - 0.5 * this.dx) / this.dx));
    return Math.max(left + this.nsampPeriod, start + this.maximumLag + this.nsampWindow - 1);
  }

  /** Analyses frame k (its samples must be present, or the input must have ended). */
  analyze(k: number): void {
    this.frames++;
    const ring = this.ring;
    const t = this.frameTime(k);
    const left = Math.floor((t - 0.5 * this.dx) / this.dx);
    const P = this.nsampPeriod;
    let mean = 0;
    for (let n = left + 1 - P; n <= left + P; n++) mean += ring.at(n);
    mean /= 2 * P;
    let localPeak = 0;
    for (let n = left + 1 - this.halfWindow; n <= left + this.halfWindow; n++) {
      const a = Math.abs(ring.at(n) - mean);
      if (a > localPeak) localPeak = a;
    }
    // Certainly unvoiced whatever the final global peak, which is at least half the range seen so far.
    if (localPeak <= SILENCE * 0.5 * ring.rangeUpTo(this.lastSample(k)) || localPeak === 0) return;

    const nw = this.nsampWindow;
    const start = Math.max(0, Math.floor((t - 1 / FLOOR - 0.5 * this.dx) / this.dx));
    const span = Math.min(this.maximumLag + nw, ring.length - start);
    const maxLag = span - nw;
    const amp = this.amp;
    for (let i = 0; i < span; i++) amp[i] = ring.at(start + i) - mean;
    amp.fill(0, span);
    const xbuf = this.xbuf;
    xbuf.set(amp.subarray(0, nw));
    xbuf.fill(0, nw);
    let sumx2 = 0;
    for (let j = 0; j < nw; j++) sumx2 += amp[j]! * amp[j]!;
    // Cross-correlation of the window with the span by FFT (no wrap-around: the FFT covers lag + window).
    const [xr, xi, ar, ai] = this.spec as [Float64Array, Float64Array, Float64Array, Float64Array];
    this.fft.forward(xbuf, xr, xi);
    this.fft.forward(amp, ar, ai);
    for (let k = 0; k < xr.length; k++) {
      const cr = xr[k]! * ar[k]! + xi[k]! * ai[k]!;
      const ci = xr[k]! * ai[k]! - xi[k]! * ar[k]!;
      xr[k] = cr;
      xi[k] = ci;
    }
    this.fft.inverse(xr, xi, xbuf);
    const scale = 1 / this.fft.n;
    let sumy2 = sumx2;
    const B = this.B;
    const r = this.r;
    r.fill(0);
    r[B] = 1;
    for (let i = 1; i <= maxLag; i++) {
      const y0 = amp[i - 1]!;
      const yz = amp[i - 1 + nw]!;
      sumy2 += yz * yz - y0 * y0;
      r[B + i] = r[B - i] = (xbuf[i]! * scale) / Math.sqrt(sumx2 * sumy2);
    }

    // First pass: the few strongest maxima (sinc-30 strengths); the refined best is among them.
    const size = 2 * B + 1;
    const first = this.first;
    const lags = this.firstLag;
    first.fill(-1);
    for (let i = 2; i < this.maximumLag && i < B; i++) {
      const ri = r[B + i]!;
      if (!(ri > 0 && ri > r[B + i - 1]! && ri >= r[B + i + 1]!)) continue;
      const dr = 0.5 * (r[B + i + 1]! - r[B + i - 1]!);
      const d2r = 2 * ri - r[B + i - 1]! - r[B + i + 1]!;
      let s = interpolateSinc(r, size, i + dr / d2r + B + 1, 30);
      if (s > 1) s = 1 / s;
      let w = 0;
      for (let c = 1; c < first.length; c++) if (first[c]! < first[w]!) w = c;
      if (s > first[w]!) {
        first[w] = s;
        lags[w] = i;
      }
    }
    // Refine from the strongest down; a candidate 0.02 below the best refined value cannot overtake it.
    let best = -1;
    for (;;) {
      let c = -1;
      for (let i = 0; i < first.length; i++) if (first[i]! >= 0 && (c < 0 || first[i]! > first[c]!)) c = i;
      if (c < 0 || first[c]! < best - 0.02) break;
      first[c] = -1;
      improveMaximum(r, size, lags[c]! + B + 1, SINC700, this.peak);
      const lag = this.peak.x - B - 1;
      const s = this.peak.y > 1 ? 1 / this.peak.y : this.peak.y;
      if (lag > 2 && s > best) best = s; // frequencies at or above Nyquist count as unvoiced
    }
    if (!(best > 0)) return;
    const q = (10 * localPeak) / (2 - best);
    const hnr = best <= 1e-15 ? -150 : best > 1 - 1e-15 ? 150 : 10 * Math.log10(best / (1 - best));
    const bin = Math.min(this.sum.length - 1, Math.max(0, Math.floor((Math.log2(q) - LOG2_MIN) * BINS_PER_OCTAVE)));
    this.sum[bin] = this.sum[bin]! + hnr;
    this.count[bin] = this.count[bin]! + 1;
  }

  /** Mean HNR (dB) over the frames Praat would call voiced given the final global peak, or null. */
  mean(globalPeak: number): number | null {
    const edge = (Math.log2(globalPeak) - LOG2_MIN) * BINS_PER_OCTAVE; // voiced where q > globalPeak
    let s = 0;
    let n = 0;
    for (let b = Math.max(0, Math.floor(edge)); b < this.sum.length; b++) {
      if (b + 0.5 <= edge) continue;
      s += this.sum[b]!;
      n += this.count[b]!;
    }
    return n > 0 ? s / n : null;
  }
}
