import { z } from 'zod';
import { json, upsertKind } from './kind.js';

// The flat, snake_case figures of the acoustic analysis (DESIGN §7); units are in the names. null = not computable
// for this recording (for instance no voiced frames), never NaN. The extractor's type is inferred from this.
const figure = (description: string) => z.number().describe(description);
const maybe = (description: string) => z.number().nullable().describe(description);

export const acousticFeaturesSchema = z.object({
  duration_s: figure('Length of the decoded audio.'),
  voiced_s: figure('Time in frames the pitch path calls voiced (10 ms each).'),
  voiced_fraction: maybe('Voiced time over the whole duration.'),
  f0_mean_hz: maybe("F0 over voiced frames, Praat's To Pitch (ac), 75–600 Hz: mean."),
  f0_median_hz: maybe('F0 median over voiced frames, Hz.'),
  f0_sd_hz: maybe('F0 standard deviation over voiced frames, Hz.'),
  f0_mean_st: maybe('F0 mean in semitones re 27.5 Hz (eGeMAPS).'),
  f0_sd_st: maybe('F0 standard deviation in semitones.'),
  f0_p20_st: maybe('F0 20th percentile in semitones re 27.5 Hz.'),
  f0_p50_st: maybe('F0 median in semitones re 27.5 Hz.'),
  f0_p80_st: maybe('F0 80th percentile in semitones re 27.5 Hz.'),
  f0_range_st: maybe('p80 − p20 in semitones (eGeMAPS pctlrange0-2).'),
  jitter_local_pct: maybe('Praat voice report (periods 0.0001–0.02 s, period factor 1.3): local jitter, %.'),
  shimmer_local_pct: maybe('Praat voice report (amplitude factor 1.6): local shimmer, %.'),
  shimmer_local_db: maybe('Praat voice report: local shimmer, dB.'),
  pulse_count: figure('Glottal pulses the voice report found.'),
  hnr_db: maybe("Mean over voiced frames of Praat's To Harmonicity (cc) (0.01 s, 75 Hz, 0.1, 1 period)."),
  loudness_mean: maybe('eGeMAPS-style loudness (auditory spectrum, arbitrary units), all 10 ms frames: mean.'),
  loudness_sd: maybe('Loudness standard deviation.'),
  intensity_mean_db: maybe(
    "Level of the sounding 10 ms blocks in dB, Praat's convention (full scale = 1 Pa, re 20 µPa).",
  ),
  intensity_sd_db: maybe('Standard deviation of that level, dB.'),
  voiced_segments_per_s: maybe('Voiced stretches per second.'),
  voiced_segment_mean_s: maybe('Mean length of a voiced stretch.'),
  pause_count: figure('Silences of at least 0.25 s between sounding stretches (energy-based).'),
  pause_mean_s: maybe('Mean pause length.'),
  pause_ratio: maybe('Pause time / speaking time (first to last sounding block).'),
  speaking_s: figure('From the first to the last sounding block.'),
  syllable_count: figure('Syllable nuclei found.'),
  speech_rate_syl_per_s: maybe(
    'Syllable nuclei (voiced intensity peaks, de Jong & Wempe) per second of speaking time.',
  ),
  words_per_min: maybe('Transcript words per minute of speaking time; null without a transcript.'),
  spectral_flux: maybe('Mean squared change of the L1-normalised magnitude spectrum between 10 ms frames.'),
  alpha_ratio_db: maybe('Voiced frames: 10·log10(E[1–5 kHz] / E[50–1000 Hz]).'),
  hammarberg_index_db: maybe('Voiced frames: strongest peak 0–2 kHz over strongest peak 2–5 kHz, dB.'),
  spectral_slope_0_500: maybe('Voiced frames: regression slope of the dB power spectrum 0–500 Hz, dB/Hz.'),
  spectral_slope_500_1500: maybe('The same slope 500–1500 Hz, dB/Hz.'),
  snr_db: maybe(
    "Sounding blocks' mean power over the quiet blocks' (floor -100 dBFS); null without any quiet stretch.",
  ),
  clipping_ratio: figure('Fraction of samples at digital full scale.'),
});

/** `result.acoustics`: the extractor's figures and whether later stages may trust them. */
export const acousticsSchema = acousticFeaturesSchema.extend({
  quality_ok: z
    .boolean()
    .describe('Whether the voice measures are good enough for later stages (baseline, deviations).'),
  quality_reasons: z
    .array(z.string())
    .describe('Why not, in words (too little voiced speech, clipping, noise); empty when usable.'),
});
export type Acoustics = z.infer<typeof acousticsSchema>;

export const acousticsKind = upsertKind<Acoustics>({
  table: 'acoustic_features',
  schema: acousticsSchema,
  columns: ['features'],
  toRow: (a) => ({ features: json(a), quality_ok: a.quality_ok, updated_at: new Date() }),
  fromRow: (r) => acousticsSchema.parse(r.features),
});
