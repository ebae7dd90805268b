// Numerical kernels with the semantics of Praat's NUM_interpolate_sinc, NUMimproveMaximum and NUMminimize_brent:
// the pitch and harmonicity strengths depend on them, so matching them keeps our figures next to Praat's.
// Arrays are 0-based here; `x` positions are 1-based as in Praat (element m lives at y[m - 1]).

export const SINC70 = 70;
export const SINC700 = 700;

/** Windowed-sinc value of `y` (first `size` elements) at 1-based position `x`, at most `maxDepth` taps a side. */
export function interpolateSinc(y: Float64Array, size: number, x: number, maxDepth: number): number {
  const midleft = Math.floor(x);
  const midright = midleft + 1;
  if (x < 1) return y[0]!;
  if (x > size) return y[size - 1]!;
  if (x === midleft) return y[midleft - 1]!;
  const depth = Math.min(maxDepth, midright - 1, size - midleft);
  if (depth <= 0) return y[Math.round(x) - 1]!;
  if (depth === 1) return y[midleft - 1]! + (x - midleft) * (y[midright - 1]! - y[midleft - 1]!);
  if (depth === 2) {
    const yl = y[midleft - 1]!;
    const yr = y[midright - 1]!;
    const dyl = 0.5 * (yr - y[midleft - 2]!);
    const dyr = 0.5 * (y[midright]! - yl);
    const fil = x - midleft;
    const fir = midright - x;
    return yl * fir + yr * fil - fil * fir * (0.5 * (dyr - dyl) + (fil - 0.5) * (dyl + dyr - 2 * (yr - yl)));
  }
  const left = midright - depth;
  const right = midleft + depth;
  // Raised-cosine window of half-width depth + 0.5; sines and cosines advance by rotation, not recomputation.
  const halfWidth = depth + 0.5;
  const step = Math.PI / halfWidth;
  const sinStep = Math.sin(step);
  const cosStep = Math.cos(step);
  let result = 0;
  let phase = Math.PI * (x - midleft);
  let halfSin = 0.5 * Math.sin(phase);
  let sinW = Math.sin(phase / halfWidth);
  let cosW = Math.cos(phase / halfWidth);
  for (let ix = midleft; ix >= left; ix--) {
    result += (y[ix - 1]! * halfSin * (1 + cosW)) / phase;
    phase += Math.PI;
    halfSin = -halfSin;
    const s = cosW * sinStep + sinW * cosStep;
    cosW = cosW * cosStep - sinW * sinStep;
    sinW = s;
  }
  phase = Math.PI * (midright - x);
  halfSin = 0.5 * Math.sin(phase);
  sinW = Math.sin(phase / halfWidth);
  cosW = Math.cos(phase / halfWidth);
  for (let ix = midright; ix <= right; ix++) {
    result += (y[ix - 1]! * halfSin * (1 + cosW)) / phase;
    phase += Math.PI;
    halfSin = -halfSin;
    const s = cosW * sinStep + sinW * cosStep;
    cosW = cosW * cosStep - sinW * sinStep;
    sinW = s;
  }
  return result;
}

const GOLDEN = 1 - 0.6180339887498948;
const SQRT_EPSILON = Math.sqrt(Number.EPSILON / 2);

/** Result of improveMaximum: the 1-based position and the interpolated value of the peak. */
export interface Peak {
  x: number;
  y: number;
}

/**
 * Refines the local maximum of `y` near 1-based index `ixmid` by maximising the sinc interpolation with Brent's
 * method on [ixmid - 1, ixmid + 1], tolerance 1e-10 (Praat's NUMimproveMaximum). Writes into `out`.
 */
export function improveMaximum(y: Float64Array, size: number, ixmid: number, depth: number, out: Peak): void {
  if (ixmid <= 1) {
    out.x = 1;
    out.y = y[0]!;
    return;
  }
  if (ixmid >= size) {
    out.x = size;
    out.y = y[size - 1]!;
    return;
  }
  let a = ixmid - 1;
  let b = ixmid + 1;
  const tol = 1e-10;
  let v = a + GOLDEN * (b - a);
  let fv = -interpolateSinc(y, size, v, depth);
  let x = v;
  let w = v;
  let fx = fv;
  let fw = fv;
  for (let iter = 1; iter <= 60; iter++) {
    const middle = (a + b) / 2;
    const tolAct = SQRT_EPSILON * Math.abs(x) + tol / 3;
    if (Math.abs(x - middle) + (b - a) / 2 <= 2 * tolAct) break;
    let newStep = GOLDEN * (x < middle ? b - x : a - x);
    if (Math.abs(x - w) >= tolAct) {
      const t = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * t;
      q = 2 * (q - t);
      if (q > 0) p = -p;
      else q = -q;
      if (Math.abs(p) < Math.abs(newStep * q) && p > q * (a - x + 2 * tolAct) && p < q * (b - x - 2 * tolAct))
        newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    const t = x + newStep;
    const ft = -interpolateSinc(y, size, t, depth);
    if (ft <= fx) {
      if (t < x) b = x;
      else a = x;
      v = w;
      w = x;
      x = t;
      fv = fw;
      fw = fx;
      fx = ft;
    } else {
      if (t < x) a = t;
      else b = t;
      if (ft <= fw || w === x) {
        v = w;
        w = t;
        fv = fw;
        fw = ft;
      } else if (ft <= fv || v === x || v === w) {
        v = t;
        fv = ft;
      }
    }
  }
  out.x = x;
  out.y = -fx;
}
