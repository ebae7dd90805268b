import type { CountedSession } from '../../lib/baseline/store.js';
import type { BaselineResult } from '../../lib/results/baseline.js';

// The trajectory over recent sessions. Rule: fit a least-squares line through the concern index of this session
// and up to four earlier ones that have one (oldest to newest, equally spaced); the line's change across them is
// `change`. It rises by at least CHANGE robust sds: declining; falls by at least that much: improving; else
// stable. Fewer than three sessions with an index: no direction yet (null). CHANGE is about 2.6 sds of the fitted
// change that noise alone gives over five sessions (index = mean of five z, sd ≈ 0.45; the fit's change ≈ 0.57),
// so an ordinary run of sessions is called stable about 98 % of the time.

const TREND_SESSIONS = 5;
const MIN_TREND_SESSIONS = 3;
/** Robust sds of change across the sessions read. */
const CHANGE = 1.5;

const round = (x: number) => Math.round(x * 100) / 100;

export function trajectory(concern: number | null, earlier: readonly CountedSession[]): BaselineResult['trajectory'] {
  if (concern === null) return { direction: null, concern_index: null, sessions: 0, change: null };
  const before = earlier
    .map((s) => s.concern)
    .filter((c): c is number => c !== null)
    .slice(0, TREND_SESSIONS - 1)
    .reverse();
  const ys = [...before, concern];
  if (ys.length < MIN_TREND_SESSIONS)
    return { direction: null, concern_index: concern, sessions: ys.length, change: null };
  const change = slope(ys) * (ys.length - 1);
  const direction = change >= CHANGE ? 'declining' : change <= -CHANGE ? 'improving' : 'stable';
  return { direction, concern_index: concern, sessions: ys.length, change: round(change) };
}

/** Least-squares slope of ys against 0, 1, 2, … */
function slope(ys: readonly number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, x) => {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  });
  return sxx === 0 ? 0 : sxy / sxx;
}
