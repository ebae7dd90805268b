// Per-frame pitch candidates as Praat's "To Pitch (ac)" computes them (Sound_to_Pitch, AC_HANNING method):
// Hanning-windowed autocorrelation divided by the window's own autocorrelation, local maxima above half the
// voicing threshold as candidates, strengths by sinc interpolation, then refined by Brent on a 70-tap sinc.
import { RealFft } from './fft.js';
import { improveMaximum, interpolateSinc, SINC70, SINC700, type Peak } from './numerics.js';
import type { SampleRing } from './ring.js';

export interface PitchSettings {
  floor: number;
  ceiling: number;
  maxCandidates: number;
  silenceThreshold: number;
  voicingThreshold: number;
  octaveCost: number;
  octaveJumpCost: number;
  voicedUnvoicedCost: number;
  periodsPerWindow: number;
  timeStep: number;
}

/** Praat's defaults for Sound: To Pitch (ac)… with a 75–600 Hz range. */
export const PRAAT_PITCH: PitchSettings = {
  floor: 75,
  ceiling: 600,
  maxCandidates: 15,
  silenceThreshold: 0.03,
  voicingThreshold: 0.45,
  octaveCost: 0.01,
  octaveJumpCost: 0.35,
  voicedUnvoicedCost: 0.14,
  periodsPerWindow: 3,
  timeStep: 0.01, // Praat's automatic step: periodsPerWindow / floor / 4
};

/** Candidates of one frame; index 0 is always the unvoiced candidate (frequency 0), as in Praat. */
export class CandidateFrame {
  count = 1;
  readonly frequency: Float64Array;
  readonly strength: Float64Array;
  readonly lag: Int32Array;
  localPeak = 0;
  constructor(max: number) {
    this.frequency = new Float64Array(max);
    this.strength = new Float64Array(max);
    this.lag = new Int32Array(max);
  }
}

export class PitchFrameAnalyzer {
  readonly dx: number;
  readonly nsampWindow: number;
  readonly halfWindow: number;
  readonly firstTime: number;
  private readonly nsampPeriod: number;
  private readonly halfPeriod: number;
  private readonly maximumLag: number;
  private readonly brentIxmax: number;
  private readonly fft: RealFft;
  private readonly window: Float64Array;
  private readonly windowR: Float64Array;
  private readonly samples: Float64Array;
  private readonly frame: Float64Array;
  private readonly specRe: Float64Array;
  private readonly specIm: Float64Array;
  private readonly ac: Float64Array;
  private readonly r: Float64Array; // r[lag] at index brentIxmax + lag, lags -brentIxmax..brentIxmax
  private readonly peak: Peak = { x: 0, y: 0 };

  constructor(
    readonly sampleRate: number,
    readonly settings: PitchSettings = PRAAT_PITCH,
  ) {
    const dx = 1 / sampleRate;
    this.dx = dx;
    const s = settings;
    this.nsampPeriod = Math.floor(1 / dx / s.floor);
    this.halfPeriod = Math.trunc(this.nsampPeriod / 2) + 1;
    const dtWindow = s.periodsPerWindow / s.floor;
    this.halfWindow = Math.trunc(Math.floor(dtWindow / dx) / 2) - 1;
    this.nsampWindow = this.halfWindow * 2;
    this.maximumLag = Math.min(Math.floor(this.nsampWindow / s.periodsPerWindow) + 2, this.nsampWindow);
    let nfft = 1;
    while (nfft < this.nsampWindow * 1.5) nfft *= 2;
    this.fft = new RealFft(nfft);
    this.brentIxmax = Math.floor(this.nsampWindow * 0.5);
    this.firstTime = dtWindow / 2;
    this.window = new Float64Array(this.nsampWindow);
    for (let i = 1; i <= this.nsampWindow; i++)
      this.window[i - 1] = 0.5 - 0.5 * Math.cos((i * 2 * Math.PI) / (this.nsampWindow + 1));
    this.samples = new Float64Array(this.nsampWindow);
    this.frame = new Float64Array(nfft);
    this.specRe = new Float64Array(nfft / 2 + 1);
    this.specIm = new Float64Array(nfft / 2 + 1);
    this.ac = new Float64Array(nfft);
    this.windowR = new Float64Array(nfft);
    this.frame.set(this.window);
    this.autocorrelate(this.windowR);
    const w0 = this.windowR[0]!;
    for (let i = 0; i < nfft; i++) this.windowR[i] = this.windowR[i]! / w0;
    this.r = new Float64Array(2 * this.brentIxmax + 1);
  }

  /**
   * Relative local peak under which a frame's voiced candidates cannot be on the best path: there the unvoiced
   * strength beats any voiced one (at most 1) by more than the two voiced/unvoiced transitions it may cost.
   */
  get quietIntensity(): number {
    const s = this.settings;
    const margin = 2 * s.voicedUnvoicedCost * (0.01 / s.timeStep);
    return (0.999 * (2 + s.voicingThreshold - 1 - margin) * s.silenceThreshold) / (1 + s.voicingThreshold);
  }

  /** Time (s) of frame k on our fixed grid. */
  frameTime(k: number): number {
    return this.firstTime + k * this.settings.timeStep;
  }

  /** Absolute index of the last sample frame k reads; the frame can be analysed once it exists. */
  lastSample(k: number): number {
    const left = Math.floor((this.frameTime(k) - 0.5 * this.dx) / this.dx);
    return left + this.halfWindow;
  }

  /**
   * Fills `out` with the candidates of the frame centred at time t. A frame whose local peak is under
   * `quietPeak` keeps only the unvoiced candidate: no voiced candidate of it can lie on the best path.
   */
  analyze(ring: SampleRing, t: number, out: CandidateFrame, quietPeak = 0): void {
    const s = this.settings;
    const nw = this.nsampWindow;
    const hw = this.halfWindow;
    const left = Math.floor((t - 0.5 * this.dx) / this.dx); // Sampled_xToLowIndex, 0-based
    ring.copy(left + 1 - hw, nw, this.samples);
    let mean = 0;
    for (let j = hw - this.nsampPeriod; j < hw + this.nsampPeriod; j++) mean += this.samples[j]!;
    mean /= 2 * this.nsampPeriod;
    const frame = this.frame;
    for (let j = 0; j < nw; j++) frame[j] = (this.samples[j]! - mean) * this.window[j]!;
    frame.fill(0, nw);
    let localPeak = 0;
    const j0 = Math.max(0, hw - this.halfPeriod);
    const j1 = Math.min(nw - 1, hw + this.halfPeriod - 1);
    for (let j = j0; j <= j1; j++) {
      const a = Math.abs(frame[j]!);
      if (a > localPeak) localPeak = a;
    }
    out.localPeak = localPeak;
    out.count = 1;
    out.frequency[0] = 0;
    out.strength[0] = 0;
    if (localPeak === 0 || localPeak < quietPeak) return;

    const B = this.brentIxmax;
    const r = this.r;
    this.autocorrelate(this.ac);
    const ac0 = this.ac[0]!;
    r[B] = 1;
    for (let i = 1; i <= B; i++) r[B + i] = r[B - i] = this.ac[i]! / (ac0 * this.windowR[i]!);

    const size = 2 * B + 1;
    const fs = 1 / this.dx;
    const threshold = 0.5 * s.voicingThreshold;
    for (let i = 2; i < this.maximumLag && i < B; i++) {
      const ri = r[B + i]!;
      if (!(ri > threshold && ri > r[B + i - 1]! && ri >= r[B + i + 1]!)) continue;
      const dr = 0.5 * (r[B + i + 1]! - r[B + i - 1]!);
      const d2r = 2 * ri - r[B + i - 1]! - r[B + i + 1]!;
      const frequency = fs / (i + dr / d2r);
      let strength = interpolateSinc(r, size, fs / frequency + B + 1, 30);
      if (strength > 1) strength = 1 / strength;
      let place = -1;
      if (out.count < s.maxCandidates) {
        place = out.count++;
      } else {
        // Full: replace the weakest, favouring high frequencies as Praat does.
        let weakest = 2;
        for (let w = 1; w < s.maxCandidates; w++) {
          const local = out.strength[w]! - s.octaveCost * Math.log2(s.floor / out.frequency[w]!);
          if (local < weakest) {
            weakest = local;
            place = w;
          }
        }
        if (strength - s.octaveCost * Math.log2(s.floor / frequency) <= weakest) place = -1;
      }
      if (place >= 0) {
        out.frequency[place] = frequency;
        out.strength[place] = strength;
        out.lag[place] = i;
      }
    }
    for (let c = 1; c < out.count; c++) {
      const depth = out.frequency[c]! > 0.3 * fs ? SINC700 : SINC70;
      improveMaximum(r, size, out.lag[c]! + B + 1, depth, this.peak);
      out.frequency[c] = fs / (this.peak.x - B - 1);
      out.strength[c] = this.peak.y > 1 ? 1 / this.peak.y : this.peak.y;
    }
  }

  /** Autocorrelation of `frame` (zero-padded) into dst via the power spectrum. */
  private autocorrelate(dst: Float64Array): void {
    this.fft.forward(this.frame, this.specRe, this.specIm);
    const h = this.fft.n / 2;
    for (let k = 0; k <= h; k++) {
      const re = this.specRe[k]!;
      const im = this.specIm[k]!;
      this.specRe[k] = re * re + im * im;
      this.specIm[k] = 0;
    }
    this.fft.inverse(this.specRe, this.specIm, dst);
  }
}
