import { EMOTIONS } from '../../../lib/results/emotion.js';
import { classifierFeatures, classifierMask } from '../../../processors/emotion/text/classifier.js';
import { scan } from '../../../processors/emotion/text/scan.js';
import { tokenise } from '../../../processors/emotion/text/tokens.js';
import { FIT_DEFAULTS, fitSoftmax, weightLines, type FitOptions } from './softmax-fit.js';
import { CATS, words } from './sources.js';

// The three learned lists as TSV lines, fitted from (text, target) pairs; build.ts writes them, cv.ts loads them.

const MIN_COUNT = 3;

/** The English category classifier (classifier.ts): weights ×10, rounded, in EMOTIONS order; <bias> first. */
export function xedClassifier(docs: Array<[string, number]>, o: FitOptions = FIT_DEFAULTS) {
  // Lines of function words only give the classifier nothing at run time, so they are not trained on either.
  const featured = docs
    .map(([text, c]): [string[], number] => {
      const tokens = tokenise(text);
      return [classifierFeatures(tokens, classifierMask(tokens.tokens, scan(tokens.tokens, false))), c];
    })
    .filter(([fs]) => fs.length > 0);
  const fitted = fitSoftmax(featured, CATS.length, o);
  const order = EMOTIONS.map((e) => CATS.indexOf(e));
  return { lines: weightLines(fitted, 10, order), perClass: fitted.perClass };
}

const VAL_PRIOR = 5; // pseudo-texts at the corpus mean

/** English word valence: Σ(V − mean V)/(n + VAL_PRIOR) on the 1–5 scale, ×1000. */
export function emobankValence(docs: Array<[string, number]>) {
  const mean = docs.reduce((s, [, v]) => s + v, 0) / docs.length;
  const acc = new Map<string, [number, number]>();
  for (const [text, v] of docs) {
    for (const w of words(text)) {
      const a = acc.get(w) ?? [0, 0];
      a[0] += v - mean;
      a[1]++;
      acc.set(w, a);
    }
  }
  const lines: string[] = [];
  for (const w of [...acc.keys()].sort()) {
    const [s, n] = acc.get(w)!;
    if (n < MIN_COUNT) continue;
    const v = s / (n + VAL_PRIOR);
    if (Math.abs(v) < 0.03) continue;
    lines.push(`${w}\t${Math.round(v * 1000)}`);
  }
  return { lines, mean };
}

const POL_PRIOR = 4;

/** Swahili word polarity p(pos | w) − p(neg | w), class-balanced and shrunk toward uniform, ×100. */
export function afrisentiPolarity(docs: Array<[string, number]>) {
  const perClass = [0, 0, 0];
  const counts = new Map<string, number[]>();
  for (const [text, c] of docs) {
    perClass[c]!++;
    for (const w of words(text)) {
      const row = counts.get(w) ?? [0, 0, 0];
      row[c]!++;
      counts.set(w, row);
    }
  }
  const lines: string[] = [];
  for (const w of [...counts.keys()].sort()) {
    const row = counts.get(w)!;
    const n = row.reduce((s, x) => s + x, 0);
    if (n < MIN_COUNT) continue;
    const rate = row.map((x, c) => x / perClass[c]!);
    const rs = rate.reduce((s, x) => s + x, 0);
    const post = rate.map((r) => (n * (r / rs) + POL_PRIOR / 3) / (n + POL_PRIOR));
    const v = post[2]! - post[0]!;
    if (Math.abs(v) >= 0.1) lines.push(`${w}\t${Math.round(v * 100)}`);
  }
  return { lines, perClass };
}
