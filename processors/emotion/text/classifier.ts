import { EMOTIONS } from '../../../lib/results/emotion.js';
import { EN_CLASSIFIER_TSV } from './lexicons/learned/en-classifier.js';
import { LinearWeights } from './linear.js';
import type { Scan } from './scan.js';
import type { Token, Tokens } from './tokens.js';

// English 7-way categories from a linear (softmax) classifier over words, word pairs and character 4-grams, learned
// from XED by bench/eval/text-lexicon/build.ts (lexicons/learned/PROVENANCE.md). Sub-word grams carry it to
// inflections and misspellings no list names. It cannot read negation or reassurance, so the scan's negated cues
// ("not sad") and reassurance phrases ("I'm fine") are masked out before it sees the text, in training too.

const GRAM = 4;

/** Function words and fillers: style (question form, dialogue), not emotion. No list stores them as words. */
export const STOP_WORDS = new Set(
  (
    'the a an and is am are was were i you he she it we they me my your to of in on at for with that this these those ' +
    'have has had do does did be been being will would can could should shall may might must there here about all ' +
    'hmm hm mm mmm um uh er ah eh ' +
    "i'm it's you're he's she's we're they're i've you've i'll you'll i'd you'd that's there's what's let's " +
    'if or from by out up down over into as so just what how when where who whom which why then than now his her ' +
    'him hers its our ours their them us yours one two some any each every other such only own same too also very ' +
    's t d ll m re ve o y person location na ni kwa ya wa za la cha vya hii hiyo huyo yule mimi wewe yeye sisi ' +
    'yangu yako yake wangu kama pia hapa pale sasa kwenye kwamba kila hata au ama tena juu chini ndani nje ' +
    'zaidi ndio ile kuwa yaani nina sina si sio hii huu hao wao katika hiyo'
  ).split(' '),
);
/** Token indices the classifier must not see: reassurance, negated cues with their negator, emoji. */
export function classifierMask(tokens: readonly Token[], s: Scan): Set<number> {
  const masked = new Set(s.reassuranceAt);
  for (const f of s.found) if (f.negated) for (let k = f.from; k < f.to; k++) masked.add(k);
  for (const h of s.learned) if (h.negated) masked.add(h.at);
  tokens.forEach((t, k) => t.emoji && masked.add(k));
  return masked;
}

/** The feature set of a text: words, adjacent word pairs, character 4-grams of each word, ?/! marks. */
export function classifierFeatures({ tokens, questions, exclamations }: Tokens, masked: ReadonlySet<number>): string[] {
  const words = tokens.filter((_, k) => !masked.has(k)).map((t) => t.text);
  // Function words alone ("i am" left of "i am not happy") are no evidence of an emotion: stay silent.
  if (!words.some((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w))) return [];
  const f = new Set<string>(words);
  if (questions) f.add('<?>');
  if (exclamations) f.add('<!>');
  for (const w of words) {
    const padded = `^${w}$`;
    for (let i = 0; i + GRAM <= padded.length; i++) f.add(`C:${padded.slice(i, i + GRAM)}`);
  }
  for (let i = 1; i < words.length; i++) f.add(`${words[i - 1]} ${words[i]}`);
  return [...f];
}

// The TSV: feature TAB seven weights ×10 in EMOTIONS order; the <bias> row first.
const WEIGHTS = new LinearWeights(EMOTIONS.length, 10);
WEIGHTS.load(EN_CLASSIFIER_TSV);
/** Replaces the weights with a TSV's: the cross-validation (bench/eval/text-lexicon/cv.ts) refits per fold. */
export const loadClassifier = (tsv: string): void => WEIGHTS.load(tsv);

/** Class scores (logits) in EMOTIONS order, or undefined when no feature is known (LinearWeights.logits). */
export const classifierLogits = (features: readonly string[]): Float64Array | undefined => WEIGHTS.logits(features);
