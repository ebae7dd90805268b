import type { Acoustics } from '../results/acoustics.js';
import { BASELINE_FEATURE_KEYS, featureByKey, measure } from './features.js';

// Robust per-feature statistics of a person's sessions (median, MAD, n) and robust z against them.

export interface FeatureStat {
  median: number;
  mad: number;
  n: number;
}
export type FeatureStats = Record<string, FeatureStat>;

/** A feature deviates from the person's usual from |z| ≥ this (about the outer 5 % of a normal spread). */
export const DEVIATION_Z = 2;

/** MAD × 1.4826 estimates the sd of a normal distribution (DESIGN §9). */
export const MAD_TO_SD = 1.4826;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median, MAD and n of each measure over the sessions that have it; a measure no session has is left out. */
export function summarise(
  sessions: readonly Acoustics[],
  keys: readonly string[] = BASELINE_FEATURE_KEYS,
): FeatureStats {
  const out: FeatureStats = {};
  for (const key of keys) {
    const xs = sessions.map((a) => measure(a, key)).filter((x): x is number => x !== null);
    if (xs.length === 0) continue;
    const m = median(xs);
    out[key] = { median: m, mad: median(xs.map((x) => Math.abs(x - m))), n: xs.length };
  }
  return out;
}

/** The spread a z divides by: 1.4826·MAD, but never below the feature's documented within-person floor. */
export function spread(key: string, stat: FeatureStat): number {
  const floor = featureByKey.get(key)?.floor ?? 0;
  return Math.max(MAD_TO_SD * stat.mad, floor, Number.EPSILON);
}

/** Robust z = (x − median) / max(1.4826·MAD, floor). */
export function robustZ(key: string, x: number, stat: FeatureStat): number {
  return (x - stat.median) / spread(key, stat);
}
