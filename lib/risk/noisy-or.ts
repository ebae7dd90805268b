/** Noisy-OR of probability-like weights in [0, 1): 1 − Π(1 − wᵢ). Adding a weight never lowers it (issue 11 item 3). */
export function noisyOr(weights: readonly number[]): number {
  return 1 - weights.reduce((p, w) => p * (1 - Math.min(0.999, Math.max(0, w))), 1);
}
