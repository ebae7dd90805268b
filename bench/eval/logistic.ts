import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { features, probability, type LearnedModel } from '../../processors/risk/language/learned.js';

// What both learned readings of the risk stage are fitted with (fit-risk-model.ts, fit-warning-model.ts): their
// features, an L2 logistic regression by stochastic gradient descent in a fixed order (so a refit writes the same
// file), its out-of-fold figures and the written model.

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

/** A means stays out of the models' words (the data mask most; "pill" is filtered). */
const MEANS = /pill/u;

/** Each text's features, keeping only those seen in at least `minTexts` texts (one text's words are names and places,
 * not a pattern) and none naming a means. */
export function featureRows(texts: readonly string[], minTexts: number): string[][] {
  const df = new Map<string, number>();
  for (const t of texts) for (const f of features(t)) df.set(f, (df.get(f) ?? 0) + 1);
  return texts.map((t) => features(t).filter((f) => (df.get(f) ?? 0) >= minTexts && !MEANS.test(f)));
}

/** Out-of-fold probabilities: each row scored by a model fitted on the rows of `idx` outside its fold (of 5). */
export function outOfFold(
  X: readonly (readonly string[])[],
  y: readonly number[],
  fold: readonly number[],
  idx: readonly number[],
  options: SgdOptions,
): number[] {
  const p = new Array<number>(X.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const model = fitLogistic(
      X,
      y,
      idx.filter((i) => fold[i] !== k),
      options,
    );
    X.forEach((row, i) => {
      if (fold[i] === k) p[i] = probability(model, row);
    });
  }
  return p;
}

/** Writes a fitted model as the repo's prettier style has it, so a refit of the same data writes the same bytes. */
export async function writeModel(out: string, model: object): Promise<void> {
  const style = await prettier.resolveConfig(out);
  writeFileSync(out, await prettier.format(JSON.stringify(model), { ...style, filepath: out }));
}
