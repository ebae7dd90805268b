// Whether a recording is good enough for the voice measures of later stages (baseline, deviation).
import type { AcousticFeatures, QualityLimits, QualityVerdict } from './types.js';

export const DEFAULT_QUALITY: QualityLimits = {
  minVoicedS: 3, // jitter/shimmer/F0 statistics need a few seconds of voicing
  maxClippingRatio: 0.001, // 0.1 % of samples at full scale distorts shimmer, HNR and spectra
  minSnrDb: 15,
};

/** Pure verdict with readable reasons; `ok` is true only when there are none. */
export function quality(features: AcousticFeatures, limits: QualityLimits = DEFAULT_QUALITY): QualityVerdict {
  const reasons: string[] = [];
  if (features.voiced_s < limits.minVoicedS)
    reasons.push(`too little voiced speech: ${features.voiced_s.toFixed(1)} s (need ${limits.minVoicedS} s)`);
  if (features.clipping_ratio > limits.maxClippingRatio)
    reasons.push(`heavy clipping: ${(features.clipping_ratio * 100).toFixed(2)} % of samples at full scale`);
  if (features.snr_db !== null && features.snr_db < limits.minSnrDb)
    reasons.push(`low signal-to-noise ratio: ${features.snr_db.toFixed(1)} dB (need ${limits.minSnrDb} dB)`);
  return { ok: reasons.length === 0, reasons };
}
