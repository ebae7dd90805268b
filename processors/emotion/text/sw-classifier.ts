import { EMOTIONS } from '../../../lib/results/emotion.js';
import { softmax } from '../voice/score.js';
import { classifierMask } from './classifier.js';
import { SW_CATEGORIES_TSV } from './lexicons/learned/sw-categories.js';
import { SW_CLASSIFIER_TSV } from './lexicons/learned/sw-classifier.js';
import { LinearWeights } from './linear.js';
import { functionAt } from './match.js';
import type { Scan } from './scan.js';
import type { Token } from './tokens.js';

// Swahili/Sheng valence from a linear (logistic) classifier over the English classifier's feature set (words, word
// pairs, character 4-grams; classifier.ts), learned from AfriSenti Swahili tweets by
// bench/eval/text-lexicon/build-sw.ts (lexicons/learned/PROVENANCE.md). Reassurance phrases and negated cues are
// masked before it sees the text, in training too: it cannot read "si mzuri" or "niko sawa". So are negators and
// intensifiers ("hapana", "sana"): alone they would be tweet-topic noise ("niko poa sana" is no positive evidence).

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
/** Feature TAB weights ×100, negative … positive (3 classes). */
const WEIGHTS = new LinearWeights(3, 100);
WEIGHTS.load(SW_CLASSIFIER_TSV);
/** Replaces the weights with a TSV's: the cross-validations (cv.ts, cv-sw.ts) refit per fold. */
export const loadSwClassifier = (tsv: string): void => WEIGHTS.load(tsv);

/**
 * p(positive) − p(negative) in [−1, 1] from the softmax over the classes (first negative, last positive), or
 * undefined when no feature is known. Scaled by 1/√(known features), as in training.
 */
export function swClassifierValence(features: readonly string[]): number | undefined {
  const logits = WEIGHTS.logits(features);
  if (!logits) return undefined;
  const p = softmax(Array.from(logits));
  return p[p.length - 1]! - p[0]!;
}

// Swahili/Sheng 7-way categories from the same features, learned from our own translations of XED film lines
// (bench/eval/text-lexicon/build-sw-categories.ts): the English classifier's counterpart for Swahili and mixed text.
const CATEGORIES = new LinearWeights(EMOTIONS.length, 10);
CATEGORIES.load(SW_CATEGORIES_TSV);
/** Replaces the category weights with a TSV's: the cross-validation (cv-sw-categories.ts) refits per fold. */
export const loadSwCategories = (tsv: string): void => CATEGORIES.load(tsv);

/** Class scores (logits) in EMOTIONS order, or undefined when no feature is known. */
export const swCategoryLogits = (features: readonly string[]): Float64Array | undefined => CATEGORIES.logits(features);
