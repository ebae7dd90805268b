import type { z } from 'zod';
import type { acousticFeaturesSchema } from '../../../lib/results/acoustics.js';

/** The flat figures of DESIGN §7, as `result.acoustics` stores and documents them (lib/results/acoustics.ts). */
export type AcousticFeatures = z.infer<typeof acousticFeaturesSchema>;

export interface QualityVerdict {
  ok: boolean;
  reasons: string[];
}

export interface QualityLimits {
  minVoicedS: number;
  maxClippingRatio: number;
  minSnrDb: number;
}
