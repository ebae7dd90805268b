import type { LearnedModel } from '../../processors/risk/language/learned.js';

// The L2 logistic regression both learned layers of the risk stage are fitted with (fit-risk-model.ts,
// fit-warning-model.ts): stochastic gradient descent in a fixed order, so a refit writes the same file.

export interface SgdOptions {
  epochs: number;
  rate: number;
  lambda: number;
}

/** Fits on the rows `idx` of X (each row the text's features) with labels y (1 or 0); threshold left at 0. */
export function fitLogistic(
  X: readonly (readonly string[])[],
  y: readonly number[],
  idx: readonly number[],
  { epochs, rate, lambda }: SgdOptions,
): LearnedModel {
  const w = new Map<string, number>();
  let bias = 0;
  for (let e = 0; e < epochs; e++)
    for (const i of idx) {
      const z = X[i]!.reduce((s, f) => s + (w.get(f) ?? 0), bias);
      const g = 1 / (1 + Math.exp(-z)) - y[i]!;
      bias -= rate * g;
      for (const f of X[i]!) w.set(f, (w.get(f) ?? 0) - rate * (g + lambda * (w.get(f) ?? 0)));
    }
  return { bias, threshold: 0, weights: Object.fromEntries(w) };
}

/** Rounded to three places and pruned below `prune`; no feature with a digit (a guard for the next refit). */
export function shippedWeights(weights: Record<string, number>, prune: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(weights)
      .filter(([f, w]) => Math.abs(w) >= prune && !/\p{N}/u.test(f))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => [f, Math.round(w * 1000) / 1000]),
  );
}
