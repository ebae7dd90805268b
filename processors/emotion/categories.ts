import { EMOTIONS, type Emotion } from '../../lib/results/emotion.js';

/**
 * Weights over the seven emotions as `result.emotion` stores them: scaled to sum to 1 and rounded to `places`, the
 * rounding drift given to the label (the first largest) so that the stored values still sum to 1. No weight at all
 * reads as neutral.
 */
export function distribution(
  weights: Readonly<Record<Emotion, number>>,
  places = 3,
): { categories: Record<Emotion, number>; label: Emotion } {
  const sum = EMOTIONS.reduce((s, e) => s + weights[e], 0);
  // No weight, or a weight that is not a number (NaN, Infinity), reads as neutral; never recurse on it.
  if (!(sum > 0 && Number.isFinite(sum)))
    return {
      categories: Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? 1 : 0])) as Record<Emotion, number>,
      label: 'neutral',
    };
  let label: Emotion = 'neutral';
  for (const e of EMOTIONS) if (weights[e] > weights[label]) label = e;
  const round = (x: number) => Math.round(x * 10 ** places) / 10 ** places;
  const categories = Object.fromEntries(EMOTIONS.map((e) => [e, round(weights[e] / sum)])) as Record<Emotion, number>;
  categories[label] = round(1 - EMOTIONS.reduce((s, e) => (e === label ? s : s + categories[e]), 0));
  return { categories, label };
}
