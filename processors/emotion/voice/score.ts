import { EMOTIONS, type Emotion } from '../../../lib/results/emotion.js';
import type { FeatureSpec } from './features.js';

// The model's shape (model.json) and its arithmetic: a multinomial logistic regression for the seven categories
// and a binary one for arousal, both over the same standardised inputs.

/** One fitted model: category logits = weights·z + bias; arousal = 2·P(high arousal) − 1. */
export interface ModelPart {
  features: FeatureSpec[];
  /** One row per class (EMOTIONS order), one column per feature. */
  weights: number[][];
  bias: number[];
  arousal: { weights: number[]; bias: number };
}

export interface VoiceModel {
  note: string;
  /** Circumplex valence of each category; valence = Σ P(category)·(valence(category) − their mean). */
  valence: Record<Emotion, number>;
  /** Below this much voicing the measures are too unstable to read, whatever quality_ok says. */
  minVoicedS: number;
  /** More of the model's measures missing than this fraction: no answer. */
  maxMissingFraction: number;
  population: ModelPart;
  personal_baseline: ModelPart;
}

const dot = (w: readonly number[], z: readonly number[]) => w.reduce((s, wi, i) => s + wi * z[i]!, 0);

/** Softmax of the logits, shifted by their maximum so that exp cannot overflow. */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const sum = e.reduce((s, x) => s + x, 0);
  return e.map((x) => x / sum);
}

/** Category probabilities (EMOTIONS order) and arousal in [-1, 1] for standardised inputs z. */
export function scorePart(part: ModelPart, z: readonly number[]): { probs: number[]; arousal: number } {
  const probs = softmax(part.weights.map((w, k) => dot(w, z) + part.bias[k]!));
  // 2σ(t) − 1 = tanh(t/2): the probability of a high-arousal voice moved onto [-1, 1].
  const arousal = Math.tanh((dot(part.arousal.weights, z) + part.arousal.bias) / 2);
  return { probs, arousal };
}

/**
 * Circumplex valence: the categories' positions weighted by their probabilities, taken from the position of a
 * uniform answer (four of the seven categories are negative, so an undecided voice would otherwise read as -0.2).
 */
export function valenceOf(model: VoiceModel, probs: readonly number[]): number {
  const centre = EMOTIONS.reduce((s, e) => s + model.valence[e], 0) / EMOTIONS.length;
  const v = EMOTIONS.reduce((s, e, k) => s + probs[k]! * (model.valence[e] - centre), 0);
  return Math.max(-1, Math.min(1, v));
}
