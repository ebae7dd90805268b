import { classifierMask } from './classifier.js';
import { SW_CLASSIFIER_TSV } from './lexicons/learned/sw-classifier.js';
import { functionAt } from './match.js';
import type { Scan } from './scan.js';
import type { Token } from './tokens.js';

// Swahili/Sheng valence from a linear (logistic) classifier over the English classifier's feature set (words, word
// pairs, character 4-grams; classifier.ts), learned from AfriSenti Swahili tweets by
// bench/eval/text-lexicon/build-sw.ts (lexicons/learned/PROVENANCE.md). Reassurance phrases and negated cues are
// masked before it sees the text, in training too: it cannot read "si mzuri" or "niko sawa". So are negators and
// intensifiers ("hapana", "sana"): alone they would be tweet-topic noise ("niko poa sana" is no positive evidence).

const BIAS = '<bias>';

/** Token indices the Swahili classifier must not see: classifierMask's, plus every function word or phrase. */
export function swClassifierMask(tokens: Token[], s: Scan): Set<number> {
  const masked = classifierMask(tokens, s);
  for (let i = 0; i < tokens.length; i++) {
    const fn = functionAt(tokens, i);
    // "mbaya", "noma", "kweli" are words as well as intensifiers: kept.
    if (fn && !(fn.kind === 'post' && fn.contextual)) for (let k = i; k < i + fn.len; k++) masked.add(k);
  }
  return masked;
}
const WEIGHTS = new Map<string, Float64Array>();

/** Replaces the weights with a TSV's (feature TAB weights ×100, negative … positive): at load, and by cv-sw.ts. */
export function loadSwClassifier(tsv: string): void {
  WEIGHTS.clear();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0)
      WEIGHTS.set(
        line.slice(0, tab),
        Float64Array.from(line.slice(tab + 1).split(' '), (x) => Number(x) / 100),
      );
  }
}
loadSwClassifier(SW_CLASSIFIER_TSV);

/**
 * p(positive) − p(negative) in [−1, 1] from the softmax over the classes (first negative, last positive), or
 * undefined when no feature is known. Scaled by 1/√(known features), as in training.
 */
export function swClassifierValence(features: readonly string[]): number | undefined {
  const bias = WEIGHTS.get(BIAS);
  if (!bias) return undefined;
  const s = Float64Array.from(bias);
  let known = 0;
  for (const f of features) if (WEIGHTS.has(f)) known++;
  if (known === 0) return undefined;
  const scale = 1 / Math.sqrt(known);
  for (const f of features) {
    const w = WEIGHTS.get(f);
    if (w) for (let c = 0; c < s.length; c++) s[c]! += w[c]! * scale;
  }
  const top = Math.max(...s);
  let z = 0;
  for (let c = 0; c < s.length; c++) z += s[c] = Math.exp(s[c]! - top);
  return (s[s.length - 1]! - s[0]!) / z;
}
