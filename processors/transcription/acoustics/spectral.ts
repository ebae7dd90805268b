// eGeMAPS-style spectral descriptors of one 20 ms Hamming frame (10 ms hop): level, loudness (26 mel bands,
// equal-loudness weighted, ^0.33, summed), spectral flux against the previous frame, alpha ratio, Hammarberg
// index and the spectral slopes 0–500 Hz and 500–1500 Hz (regression of the dB power spectrum on frequency).
import { RealFft } from './fft.js';
import type { SampleRing } from './ring.js';

const N_FFT = 512;
const MEL_BANDS = 26;

export interface SpectralFrame {
  levelDb: number; // 10·log10 of the windowed mean square, re full scale
  loudness: number;
  flux: number;
  alphaRatioDb: number;
  hammarbergDb: number;
  slope0to500: number;
  slope500to1500: number;
}

const mel = (f: number) => 1127 * Math.log(1 + f / 700);
const melInv = (m: number) => 700 * (Math.exp(m / 1127) - 1);

export class SpectralAnalyzer {
  readonly half: number;
  private readonly fft = new RealFft(N_FFT);
  private readonly window: Float64Array;
  private readonly windowPower: number;
  private readonly frame = new Float64Array(N_FFT);
  private readonly re = new Float64Array(N_FFT / 2 + 1);
  private readonly im = new Float64Array(N_FFT / 2 + 1);
  private readonly power = new Float64Array(N_FFT / 2 + 1);
  private readonly mag = new Float64Array(N_FFT / 2 + 1);
  private readonly prevMag = new Float64Array(N_FFT / 2 + 1);
  private hasPrev = false;
  // Mel filterbank as (first bin, weights·equal-loudness) per band, computed once.
  private readonly bands: Array<{ first: number; weights: Float64Array }> = [];
  private readonly binHz: number;

  constructor(private readonly sampleRate: number) {
    const n = Math.round(0.02 * sampleRate);
    this.half = n >> 1;
    this.window = new Float64Array(2 * this.half);
    let wp = 0;
    for (let i = 0; i < this.window.length; i++) {
      const w = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (this.window.length - 1));
      this.window[i] = w;
      wp += w * w;
    }
    this.windowPower = wp;
    this.binHz = sampleRate / N_FFT;
    const lo = mel(20);
    const hi = mel(Math.min(8000, sampleRate / 2));
    for (let b = 0; b < MEL_BANDS; b++) {
      const [flo, fmid, fhi] = [b, b + 1, b + 2].map((i) => melInv(lo + ((hi - lo) * i) / (MEL_BANDS + 1))) as [
        number,
        number,
        number,
      ];
      const w = 2 * Math.PI * fmid;
      const w2 = w * w;
      const eql = ((w2 + 56.8e6) * w2 * w2) / ((w2 + 6.3e6) ** 2 * (w2 + 0.38e9)); // PLP equal-loudness curve
      const first = Math.ceil(flo / this.binHz);
      const weights: number[] = [];
      for (let k = first; k * this.binHz <= fhi && k <= N_FFT / 2; k++) {
        const f = k * this.binHz;
        const tri = f <= fmid ? (f - flo) / (fmid - flo) : (fhi - f) / (fhi - fmid);
        weights.push(Math.max(0, tri) * eql);
      }
      this.bands.push({ first, weights: Float64Array.from(weights) });
    }
  }

  /** Analyses the frame centred on sample index `centre` into `out`. */
  analyze(ring: SampleRing, centre: number, out: SpectralFrame): void {
    const h = this.half;
    const frame = this.frame;
    let energy = 0;
    for (let i = 0; i < 2 * h; i++) {
      const v = ring.at(centre - h + i) * this.window[i]!;
      frame[i] = v;
      energy += v * v;
    }
    frame.fill(0, 2 * h);
    out.levelDb = 10 * Math.log10(energy / this.windowPower + 1e-12);
    this.fft.forward(frame, this.re, this.im);
    const nb = N_FFT / 2;
    let magSum = 0;
    for (let k = 0; k <= nb; k++) {
      const p = this.re[k]! * this.re[k]! + this.im[k]! * this.im[k]!;
      this.power[k] = p;
      this.mag[k] = Math.sqrt(p);
      magSum += this.mag[k]!;
    }
    let loudness = 0;
    for (const band of this.bands) {
      let e = 0;
      for (let i = 0; i < band.weights.length; i++) e += band.weights[i]! * this.power[band.first + i]!;
      loudness += e ** 0.33;
    }
    out.loudness = loudness;
    let flux = 0;
    if (magSum > 0) for (let k = 0; k <= nb; k++) this.mag[k] = this.mag[k]! / magSum;
    if (this.hasPrev) for (let k = 0; k <= nb; k++) flux += (this.mag[k]! - this.prevMag[k]!) ** 2;
    out.flux = this.hasPrev ? flux : NaN;
    this.prevMag.set(this.mag);
    this.hasPrev = true;
    out.alphaRatioDb = 10 * Math.log10((this.sumPower(1000, 5000) + 1e-20) / (this.sumPower(50, 1000) + 1e-20));
    out.hammarbergDb = 10 * Math.log10((this.maxPower(0, 2000) + 1e-20) / (this.maxPower(2000, 5000) + 1e-20));
    out.slope0to500 = this.slope(0, 500);
    out.slope500to1500 = this.slope(500, 1500);
  }

  private sumPower(f0: number, f1: number): number {
    let s = 0;
    for (let k = Math.ceil(f0 / this.binHz); k * this.binHz < f1; k++) s += this.power[k]!;
    return s;
  }

  private maxPower(f0: number, f1: number): number {
    let m = 0;
    for (let k = Math.ceil(f0 / this.binHz); k * this.binHz < f1; k++) m = Math.max(m, this.power[k]!);
    return m;
  }

  /** Least-squares slope of the dB power spectrum over [f0, f1] Hz, in dB/Hz. */
  private slope(f0: number, f1: number): number {
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let k = Math.ceil(f0 / this.binHz); k * this.binHz <= f1; k++) {
      const x = k * this.binHz;
      const y = 10 * Math.log10(this.power[k]! + 1e-20);
      n++;
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    const d = n * sxx - sx * sx;
    return d > 0 ? (n * sxy - sx * sy) / d : 0;
  }
}
