import type { Acoustics } from '../../../lib/results/acoustics.js';
import { EMOTIONS, type Emotion } from '../../../lib/results/emotion.js';
import { standardise, usableBaseline, type FeatureBaseline } from './features.js';
import shipped from './model.json' with { type: 'json' };
import { distribution } from '../categories.js';
import { scorePart, valenceOf, type VoiceModel } from './score.js';

// Voice affect (issue 9, item 1): arousal, valence and seven categories from the acoustic measures alone, by a
// small logistic regression whose coefficients and fitting notes live next to this file (model.json, MODEL.md).
// Loudness level never enters (phones differ in gain); pitch enters as variability in semitones, or as level only
// relative to the person's own baseline. An unusable voice gives null and the reason, never a guess.

export type { FeatureBaseline } from './features.js';
export type { VoiceModel } from './score.js';

export interface VoiceAffect {
  arousal: number;
  valence: number;
  categories: Record<Emotion, number>;
  label: Emotion;
  confidence: number;
  basis: 'population' | 'personal_baseline';
}

export type VoiceAffectResult = { voice: VoiceAffect } | { voice: null; reason: string };

export const VOICE_MODEL = shipped as VoiceModel;

/** The personal-baseline model is used once the baseline covers this share of its measures. */
const BASELINE_COVERAGE = 2 / 3;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Voice affect by the shipped model; `baseline` (the person's per-measure median/MAD) makes it personal. */
export function voiceAffect(a: Acoustics, baseline?: FeatureBaseline): VoiceAffectResult {
  return scoreVoice(VOICE_MODEL, a, baseline);
}

/** The same with any model of model.json's shape (the cross-validation scores held-out speakers with this). */
export function scoreVoice(model: VoiceModel, a: Acoustics, baseline?: FeatureBaseline): VoiceAffectResult {
  if (!a.quality_ok)
    return { voice: null, reason: `voice unusable: ${a.quality_reasons.join('; ') || 'quality check failed'}` };
  if (!(a.voiced_s >= model.minVoicedS))
    return { voice: null, reason: `too little voiced speech: ${a.voiced_s.toFixed(1)} s (need ${model.minVoicedS} s)` };
  const personal = model.personal_baseline;
  const covered = baseline ? personal.features.filter((f) => usableBaseline(baseline, f.key)).length : 0;
  const usePersonal = covered >= BASELINE_COVERAGE * personal.features.length;
  const part = usePersonal ? personal : model.population;
  const { z, missing, unbased } = standardise(a, part.features, usePersonal ? baseline : undefined);
  if (missing.length > model.maxMissingFraction * part.features.length)
    return { voice: null, reason: `too many voice measures missing: ${missing.join(', ')}` };
  const { probs, arousal } = scorePart(part, z);
  const weights = Object.fromEntries(EMOTIONS.map((e, k) => [e, probs[k]!])) as Record<Emotion, number>;
  const { categories, label } = distribution(weights, 4);
  const top = EMOTIONS.indexOf(label);
  // Imputed measures carry no evidence: the confidence shrinks with the share of measures actually read.
  const read = 1 - (missing.length + unbased.length) / part.features.length;
  return {
    voice: {
      arousal: round(Math.max(-1, Math.min(1, arousal)), 3),
      valence: round(valenceOf(model, probs), 3),
      categories,
      label,
      confidence: round(probs[top]! * read, 3),
      basis: usePersonal ? 'personal_baseline' : 'population',
    },
  };
}
