import { measure } from '../../../lib/baseline/features.js';
import { MAD_TO_SD, summarise } from '../../../lib/baseline/stats.js';
import type { Acoustics } from '../../../lib/results/acoustics.js';

// The voice measures the model reads, and how a measure becomes a standardised input: against the population
// (training mean and sd) or against the person's own baseline (median and MAD). See MODEL.md for why each.

/** One median/MAD per measure over the person's earlier usable check-ins; `n` is how many. */
export interface FeatureBaseline {
  [feature: string]: { median: number; mad: number; n: number };
}

/** A measure as the model stores it: its key and the training mean and sd of its (relative) value. */
export interface FeatureSpec {
  key: string;
  mean: number;
  sd: number;
  /** personal_baseline only: the least spread a baseline may claim (a tiny MAD would blow the value up). */
  floor?: number;
}

/** Every measure either model may use. All are gain-invariant; none is the absolute F0 but f0_p50_st, which only
 * the personal-baseline model reads (relative to the person's own median, so sex and voice type cancel). */
export const FEATURE_KEYS = [
  'f0_p50_st',
  'f0_sd_st',
  'f0_range_st',
  'jitter_local_pct',
  'shimmer_local_db',
  'hnr_db',
  'loudness_cv',
  'intensity_sd_db',
  'speech_rate_syl_per_s',
  'pause_ratio',
  'voiced_segment_mean_s',
  'spectral_flux',
  'alpha_ratio_db',
  'hammarberg_index_db',
  'spectral_slope_0_500',
  'spectral_slope_500_1500',
] as const;
export type FeatureKey = (typeof FEATURE_KEYS)[number];

/** Inputs beyond this many sds are clipped: one wild measure must not decide the answer alone. */
const Z_CLIP = 4;
/** A baseline entry needs this many check-ins behind it to be used. */
export const MIN_BASELINE_N = 3;

/** The raw value of a measure, or null when the recording did not give it (shared with the baseline stage). */
export const rawValue: (a: Acoustics, key: string) => number | null = measure;

/** Whether the baseline has a usable entry for this measure. */
export function usableBaseline(baseline: FeatureBaseline | undefined, key: string): boolean {
  const b = baseline?.[key];
  return !!b && b.n >= MIN_BASELINE_N && Number.isFinite(b.median) && Number.isFinite(b.mad);
}

/** The value relative to the person's baseline, in (robust) sds of their own variation. */
export function relativeValue(x: number, b: { median: number; mad: number }, floor: number): number {
  return (x - b.median) / Math.max(MAD_TO_SD * b.mad, floor);
}

/**
 * Standardised inputs for a model's features, with the measures the recording lacked (`missing`) and, with a
 * baseline, those it has no usable entry for (`unbased`). Either is imputed as 0, the training mean: for a
 * relative measure that means "as usual for this person".
 */
export function standardise(
  a: Acoustics,
  specs: readonly FeatureSpec[],
  baseline?: FeatureBaseline,
): { z: number[]; missing: string[]; unbased: string[] } {
  const missing: string[] = [];
  const unbased: string[] = [];
  const z = specs.map((s) => {
    let x = rawValue(a, s.key);
    if (x === null) {
      missing.push(s.key);
      return 0;
    }
    if (s.floor !== undefined) {
      if (!usableBaseline(baseline, s.key)) {
        unbased.push(s.key);
        return 0;
      }
      x = relativeValue(x, baseline![s.key]!, s.floor);
    }
    const v = (x - s.mean) / (s.sd > 0 ? s.sd : 1);
    return Math.max(-Z_CLIP, Math.min(Z_CLIP, v));
  });
  return { z, missing, unbased };
}

/** Median and MAD of every measure over some recordings: the person's baseline as the model reads it. */
export function baselineFrom(list: Acoustics[], keys: readonly string[] = FEATURE_KEYS): FeatureBaseline {
  return summarise(list, keys);
}
