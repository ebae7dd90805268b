// Sample-level searches of Praat's pulse finder (Sound_findExtremum, Sound_findMaximumCorrelation), with Praat's
// 1-based sample indexing (sample i at time x1 + (i - 1) dx) over the sample ring.
import type { SampleRing } from './ring.js';

export interface SoundView {
  ring: SampleRing;
  dx: number;
  x1: number;
  nx: number; // sample count once known, Infinity while streaming
}

const lowIndex = (s: SoundView, x: number) => Math.floor((x - s.x1) / s.dx) + 1;
const highIndex = (s: SoundView, x: number) => Math.ceil((x - s.x1) / s.dx) + 1;
const nearestIndex = (s: SoundView, x: number) => Math.floor((x - s.x1) / s.dx + 0.5) + 1;

/** Holds the out-values of findMaximumCorrelation (time of the best match, peak there). */
export const corrPeak = { t: 0, peak: 0 };

const scratch = new Float64Array(8192);
const ok = new Uint8Array(8192);

function valid(s: SoundView, i: number): boolean {
  return i >= 1 && i <= s.nx && i - 1 >= s.ring.oldest && i - 1 < s.ring.length;
}

/** Time of the largest absolute extremum in [tmin, tmax], parabolically interpolated. */
export function findExtremum(s: SoundView, tmin: number, tmax: number): number {
  const imin = Math.max(1, lowIndex(s, tmin), s.ring.oldest + 1);
  const imax = Math.min(s.nx, highIndex(s, tmax), s.ring.length);
  const n = imax - imin + 1;
  let iextr: number;
  if (n <= 0) return (tmin + tmax) / 2;
  const y = (j: number) => s.ring.at(imin + j - 2); // j is 1-based within the window
  if (n === 1) iextr = 1;
  else if (n === 2) {
    const a = Math.abs(y(1));
    const b = Math.abs(y(2));
    iextr = a > b ? 1 : a < b ? 2 : 1.5;
  } else {
    let min = y(1);
    let max = min;
    let imn = 1;
    let imx = 1;
    for (let j = 2; j <= n; j++) {
      const v = y(j);
      if (v < min) {
        min = v;
        imn = j;
      }
      if (v > max) {
        max = v;
        imx = j;
      }
    }
    if (min === max) iextr = 0.5 * (n + 1);
    else {
      const ie = Math.abs(min) > Math.abs(max) ? imn : imx;
      if (ie === 1 || ie === n) iextr = ie;
      else {
        const vm = y(ie);
        const vl = y(ie - 1);
        const vr = y(ie + 1);
        iextr = ie + (0.5 * (vr - vl)) / (2 * vm - vl - vr);
      }
    }
  }
  return s.x1 + (imin - 1 + iextr - 1) * s.dx;
}

/**
 * Best normalised cross-correlation between the period-long window around t1 and windows starting in
 * [tmin2, tmax2]; returns it (or -1 when nothing was compared) and leaves time and local peak in corrPeak.
 */
export function findMaximumCorrelation(
  s: SoundView,
  t1: number,
  windowLength: number,
  tmin2: number,
  tmax2: number,
): number {
  const half = 0.5 * windowLength;
  const ileft1 = nearestIndex(s, t1 - half);
  const iright1 = nearestIndex(s, t1 + half);
  const ileft2min = lowIndex(s, tmin2 - half);
  const ileft2max = highIndex(s, tmax2 - half);
  const len = iright1 - ileft1 + 1;
  const base = Math.min(ileft1, ileft2min);
  const span = Math.max(iright1, ileft2max + len - 1) - base + 1;
  if (span > scratch.length) return -1;
  for (let j = 0; j < span; j++) {
    const i = base + j;
    ok[j] = valid(s, i) ? 1 : 0;
    scratch[j] = ok[j] ? s.ring.at(i - 1) : 0;
  }
  let maximum = -1;
  let r1: number;
  let r2 = 0;
  let r3 = 0;
  let r1Best = 0;
  let r3Best = 0;
  let ir = 0;
  corrPeak.peak = 0;
  let allValid = true;
  for (let j = 0; j < span; j++) if (!ok[j]) allValid = false;
  let norm1 = 0;
  for (let j = ileft1 - base; j <= iright1 - base; j++) norm1 += scratch[j]! * scratch[j]!;
  let slide = 0;
  let peakAt = -1;
  for (let ileft2 = ileft2min; ileft2 <= ileft2max; ileft2++) {
    let n1 = 0;
    let norm2 = 0;
    let product = 0;
    let localPeak = 0;
    if (allValid) {
      // Common case, every sample inside the sound: norms slide along, the local peak is taken afterwards.
      n1 = norm1;
      const d = ileft2 - ileft1;
      const j0 = ileft1 - base;
      const j1 = iright1 - base;
      if (ileft2 === ileft2min) {
        for (let j = j0; j <= j1; j++) slide += scratch[j + d]! * scratch[j + d]!;
      } else {
        const leaving = scratch[j0 + d - 1]!;
        const entering = scratch[j1 + d]!;
        slide += entering * entering - leaving * leaving;
      }
      norm2 = slide;
      for (let j = j0; j <= j1; j++) product += scratch[j]! * scratch[j + d]!;
      localPeak = NaN;
    } else {
      for (let i1 = ileft1, i2 = ileft2; i1 <= iright1; i1++, i2++) {
        const j1 = i1 - base;
        const j2 = i2 - base;
        if (!ok[j1] || !ok[j2]) continue;
        const a1 = scratch[j1]!;
        const a2 = scratch[j2]!;
        n1 += a1 * a1;
        norm2 += a2 * a2;
        product += a1 * a2;
        const m = a2 < 0 ? -a2 : a2;
        if (m > localPeak) localPeak = m;
      }
    }
    r1 = r2;
    r2 = r3;
    r3 = product !== 0 ? product / Math.sqrt(n1 * norm2) : 0;
    if (r2 > maximum && r2 >= r1 && r2 >= r3) {
      r1Best = r1;
      maximum = r2;
      r3Best = r3;
      ir = ileft2 - 1;
      corrPeak.peak = localPeak;
      peakAt = ileft2;
    }
  }
  if (Number.isNaN(corrPeak.peak)) {
    // Praat keeps the local peak of the window one step past the best (ileft2 at the time r2 won).
    let m = 0;
    for (let j = peakAt - base; j <= peakAt - base + len - 1; j++) m = Math.max(m, Math.abs(scratch[j]!));
    corrPeak.peak = m;
  }
  if (maximum > -1) {
    const d2r = 2 * maximum - r1Best - r3Best;
    if (d2r !== 0) {
      const dr = 0.5 * (r3Best - r1Best);
      maximum += (0.5 * dr * dr) / d2r;
      ir += dr / d2r;
    }
    corrPeak.t = t1 + (ir - ileft1) * s.dx;
  }
  return maximum;
}
