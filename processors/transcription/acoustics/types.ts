// The flat, snake_case result of the acoustic analysis (DESIGN §7); units are in the names. null = not computable
// for this recording (for instance no voiced frames), never NaN.

export interface AcousticFeatures {
  /** Length of the decoded audio. */
  duration_s: number;
  /** Time in frames the pitch path calls voiced (10 ms each). */
  voiced_s: number;
  voiced_fraction: number | null;
  /** F0 over voiced frames, Praat's To Pitch (ac), 75–600 Hz. */
  f0_mean_hz: number | null;
  f0_median_hz: number | null;
  f0_sd_hz: number | null;
  /** F0 in semitones re 27.5 Hz (eGeMAPS); range is p80 − p20 (eGeMAPS pctlrange0-2). */
  f0_mean_st: number | null;
  f0_sd_st: number | null;
  f0_p20_st: number | null;
  f0_p50_st: number | null;
  f0_p80_st: number | null;
  f0_range_st: number | null;
  /** Praat voice-report measures (periods 0.0001–0.02 s, period factor 1.3, amplitude factor 1.6). */
  jitter_local_pct: number | null;
  shimmer_local_pct: number | null;
  shimmer_local_db: number | null;
  pulse_count: number;
  /** Mean over voiced frames of Praat's To Harmonicity (cc) (0.01 s, 75 Hz, 0.1, 1 period). */
  hnr_db: number | null;
  /** eGeMAPS-style loudness (auditory spectrum, arbitrary units), all 10 ms frames. */
  loudness_mean: number | null;
  loudness_sd: number | null;
  /** Level of the sounding 10 ms blocks in dB, Praat's convention (full scale = 1 Pa, re 20 µPa). */
  intensity_mean_db: number | null;
  intensity_sd_db: number | null;
  voiced_segments_per_s: number | null;
  voiced_segment_mean_s: number | null;
  /** Silences of at least 0.25 s between sounding stretches (energy-based). */
  pause_count: number;
  pause_mean_s: number | null;
  /** Pause time / speaking time (first to last sounding block). */
  pause_ratio: number | null;
  speaking_s: number;
  syllable_count: number;
  /** Syllable nuclei (voiced intensity peaks, de Jong & Wempe) per second of speaking time. */
  speech_rate_syl_per_s: number | null;
  /** Transcript words per minute of speaking time; null without a transcript. */
  words_per_min: number | null;
  /** Mean squared change of the L1-normalised magnitude spectrum between 10 ms frames. */
  spectral_flux: number | null;
  /** Voiced frames: 10·log10(E[1–5 kHz] / E[50–1000 Hz]). */
  alpha_ratio_db: number | null;
  /** Voiced frames: strongest peak 0–2 kHz over strongest peak 2–5 kHz, dB. */
  hammarberg_index_db: number | null;
  /** Voiced frames: regression slope of the dB power spectrum, dB/Hz. */
  spectral_slope_0_500: number | null;
  spectral_slope_500_1500: number | null;
  /** Sounding blocks' mean power over the quiet blocks' (floor -100 dBFS); null without any quiet stretch. */
  snr_db: number | null;
  /** Fraction of samples at digital full scale. */
  clipping_ratio: number;
}

export interface QualityVerdict {
  ok: boolean;
  reasons: string[];
}

export interface QualityLimits {
  minVoicedS: number;
  maxClippingRatio: number;
  minSnrDb: number;
}
