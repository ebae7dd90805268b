import type { Acoustics } from '../results/acoustics.js';

// The voice measures a person's baseline tracks and how a clinician reads a change in each; why these, see
// processors/baseline/BASELINE.md: the state markers of low mood (less pitch variability, slower speech, longer and
// more pauses, flatter loudness) first, then voice quality and spectral balance, which the literature finds less
// consistent but which the suicide-risk studies name (jitter, spectral slope).

export interface BaselineFeature {
  key: string;
  /** What a person or clinician sees on a chart's axis. */
  label: string;
  unit: string;
  /**
   * The least within-person spread (as 1.4826·MAD) a baseline may claim, so that identical sessions or a
   * constant measure cannot give an infinite or huge z: a quarter of the pooled within-speaker sd of two neutral
   * sentences per RAVDESS dev actor (`npx tsx bench/eval/baseline-floors.ts` prints both; BASELINE.md says why).
   */
  floor: number;
  /** How a change reads: [higher than usual, lower than usual]. */
  words: readonly [string, string];
  /** +1 when a rise goes the way low mood is reported to go, −1 when a fall does; 0: not part of that index. */
  concern: -1 | 0 | 1;
}

export const BASELINE_FEATURES: readonly BaselineFeature[] = [
  {
    key: 'f0_p50_st',
    label: 'Pitch (median)',
    unit: 'semitones',
    floor: 0.25,
    words: ['higher pitch', 'lower pitch'],
    concern: 0,
  },
  {
    key: 'f0_sd_st',
    label: 'Pitch variability',
    unit: 'semitones',
    floor: 0.15,
    words: ['more pitch variability', 'less pitch variability'],
    concern: -1,
  },
  {
    key: 'speech_rate_syl_per_s',
    label: 'Speech rate',
    unit: 'syllables/s',
    floor: 0.15,
    words: ['faster speech', 'slower speech'],
    concern: -1,
  },
  {
    key: 'pause_ratio',
    label: 'Time in pauses',
    unit: 'pause/speech ratio',
    floor: 0.025,
    words: ['more time in pauses', 'less time in pauses'],
    concern: 1,
  },
  {
    key: 'pause_mean_s',
    label: 'Pause length',
    unit: 's',
    floor: 0.04,
    words: ['longer pauses', 'shorter pauses'],
    concern: 1,
  },
  {
    key: 'voiced_fraction',
    label: 'Voiced share of the recording',
    unit: 'fraction',
    floor: 0.005,
    words: ['more voiced speech', 'less voiced speech'],
    concern: 0,
  },
  {
    key: 'loudness_cv',
    label: 'Loudness variability',
    unit: 'sd/mean',
    floor: 0.008,
    words: ['more loudness variability', 'flatter loudness'],
    concern: -1,
  },
  {
    key: 'jitter_local_pct',
    label: 'Jitter',
    unit: '%',
    floor: 0.075,
    words: ['more jitter (less steady pitch)', 'less jitter'],
    concern: 0,
  },
  {
    key: 'shimmer_local_db',
    label: 'Shimmer',
    unit: 'dB',
    floor: 0.02,
    words: ['more shimmer (less steady loudness)', 'less shimmer'],
    concern: 0,
  },
  {
    key: 'hnr_db',
    label: 'Harmonics-to-noise ratio',
    unit: 'dB',
    floor: 0.2,
    words: ['clearer voice', 'breathier or hoarser voice'],
    concern: 0,
  },
  {
    key: 'alpha_ratio_db',
    label: 'Alpha ratio (spectral balance)',
    unit: 'dB',
    floor: 0.25,
    words: ['brighter, more tense voice', 'softer, duller voice'],
    concern: 0,
  },
];

export const BASELINE_FEATURE_KEYS: readonly string[] = BASELINE_FEATURES.map((f) => f.key);
export const featureByKey = new Map(BASELINE_FEATURES.map((f) => [f.key, f]));

/** A measure's value in a session, or null when the recording did not give it (or an older session lacks it). */
export function measure(a: Acoustics, key: string): number | null {
  // Loudness sd over mean: its variability within the recording, which a phone's gain does not change.
  if (key === 'loudness_cv') {
    const { loudness_sd: sd, loudness_mean: mean } = a;
    const cv = typeof sd === 'number' && typeof mean === 'number' && mean > 0 ? sd / mean : NaN;
    return Number.isFinite(cv) ? cv : null;
  }
  const v = (a as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
