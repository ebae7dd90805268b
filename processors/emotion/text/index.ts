import { EMOTIONS } from '../../../lib/results/emotion.js';
import { cutAt } from '../../../lib/text-cut.js';
import { distribution } from '../categories.js';
import { softmax } from '../voice/score.js';
import { classifierFeatures, classifierLogits, classifierMask } from './classifier.js';
import { knownShare, languageOf, type TextLanguage } from './language.js';
import type { Emotion } from './lexicons/types.js';
import { scan, type Found, type LearnedHit } from './scan.js';
import { swCategoryLogits, swClassifierMask, swClassifierValence } from './sw-classifier.js';
import { tokenise, type Token } from './tokens.js';

// Lexicon text emotion for English, Swahili, Sheng and code-switched check-ins: always available, no network,
// and the source of the reassurance phrases the dissonance score needs. Linear in the text length.

export type { TextLanguage } from './language.js';

export interface LexiconEmotion {
  categories: Record<Emotion, number>;
  label: Emotion;
  valence: number;
  language: TextLanguage;
  reassurance: string[];
  evidence: string[];
  /** Hand-list cues (words, phrases, roots, emoji) found. */
  cues: number;
  /** Words only the corpus-derived valence lists know, plus 1 for each classifier that knew the text. */
  learned: number;
}

// Tuned by cross-validation without the held-out halves (bench/eval/text-lexicon/cv.ts; PROVENANCE.md in learned/).
export const TUNING = {
  neutralPrior: 0.3, // mass neutral keeps against the cues: one clear cue outweighs it
  valenceOnly: 0.4, // category weight of a word AFINN rates but no category list has
  negatedNegative: 0.3, // "not sad", "sina wasiwasi": a little positive, mostly neutral
  negatedPositive: 0.6, // "not happy", "sina furaha": sad, a little weaker than the word
  beforeContrast: 0.5, // "niko sawa lakini nimechoka": what follows "but" counts more
  afterContrast: 1.5,
  alpha: 15, // valence = s / sqrt(s² + alpha), as VADER normalises its sum
  question: 0.5, // surprise weight of a written question mark; speech-to-text output has none
  learnedCategory: 8, // category mass the English classifier (XED) adds, spread by its softmax
  learnedTemperature: 1, // softmax temperature over the classifier's logits
  learnedBeside: 1, // share of learnedCategory kept beside hand cues (tuned: the two agree more than they clash)
  learnedValenceEn: 0.8, // weight of a learned English (EmoBank) word's valence against an AFINN/hand cue's (1)
  learnedValenceSw: 0.5, // same for a learned Swahili (AfriSenti) word
  classifierValence: 2, // valence the English classifier adds, × p(happy) − p(sad, angry, fear, disgust), cue-less text
  swClassifier: 6, // valence the Swahili classifier (AfriSenti) adds, × p(positive) − p(negative), cue-less sw text
  swClassifierBeside: 0, // its share beside hand cues (cv-sw-kenya.ts): hand cues carry negation and intensity exactly
  swLearnedCategory: 3, // category mass the Swahili category classifier (translated XED) adds, as learnedCategory
  swLearnedBeside: 0.25, // its share beside hand cues: weaker than the English one's, hand cues carry the checked wordings
};
const MAX_EVIDENCE = 8;
const MAX_SPAN = 40;
const NEGATIVE: ReadonlySet<Emotion> = new Set(['sad', 'angry', 'fear', 'disgust']);

export function detectLanguage(text: string): TextLanguage {
  return languageOf(tokenise(text).tokens);
}

/** The share of a text's words placed in English or Swahili (language.ts, knownShare). */
export const knownWordShare = (text: string): number => knownShare(tokenise(text).tokens);

export function lexiconEmotion(text: string, language: 'auto' | 'en' | 'sw'): LexiconEmotion {
  const tokenised = tokenise(text);
  const { tokens, questions } = tokenised;
  const detected = language === 'auto' ? languageOf(tokens) : language;
  const scanned = scan(tokens, detected !== 'en');
  const { found, learned, reassurance, clauses } = scanned;
  const raw = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<Emotion, number>;
  raw.neutral = TUNING.neutralPrior;
  let sum = 0;
  for (const f of found) {
    const weight = f.mult * clauseWeight(f.clause, clauses);
    const { cat, v, w } = effect(f);
    sum += v * weight;
    if (cat) raw[cat] += w * weight;
    else if (v !== 0) raw[v > 0 ? 'happy' : 'sad'] += TUNING.valenceOnly * Math.min(1, Math.abs(v) / 3) * weight;
  }
  const cues = found.length;
  sum += learnedValence(learned, clauses);
  // The classifier learned English subtitles: Swahili words, even in a mixed text, would only be noise to it.
  const english = detected === 'en' || detected === 'unknown';
  const swFeatures = english ? [] : classifierFeatures(tokenised, swClassifierMask(tokens, scanned));
  // Categories: the English classifier for English text, the Swahili one (translated XED) for Swahili and mixed.
  const logits = english
    ? classifierLogits(classifierFeatures(tokenised, classifierMask(tokens, scanned)))
    : TUNING.swLearnedCategory > 0
      ? swCategoryLogits(swFeatures)
      : undefined;
  // The Swahili valence classifier (AfriSenti tweets) speaks for Swahili and mixed text without a hand cue.
  const swShare = cues === 0 ? 1 : TUNING.swClassifierBeside;
  const swv = !english && swShare > 0 && TUNING.swClassifier > 0 ? swClassifierValence(swFeatures) : undefined;
  if (swv !== undefined) sum += swShare * TUNING.swClassifier * swv;
  const [category, beside] = english
    ? [TUNING.learnedCategory, TUNING.learnedBeside]
    : [TUNING.swLearnedCategory, TUNING.swLearnedBeside];
  const share = (cues > 0 ? beside : 1) * category;
  if (logits && share > 0) {
    const p = softmax(Array.from(logits, (x) => x / TUNING.learnedTemperature));
    // It cannot read negation: where the text denies a good feeling ("nothing makes me happy"), it adds no happy.
    const denied = found.some((f) => f.negated && (f.v > 0 || f.cat === 'happy'));
    EMOTIONS.forEach((e, k) => (raw[e] += e === 'happy' && denied ? 0 : share * p[k]!));
  }
  // Only where no hand cue spoke: hand cues carry negation and intensity exactly, the classifier cannot.
  // Swahili valence comes from the AfriSenti classifier above: the category one added nothing in its CV (cv-sw.ts).
  if (logits && english && cues === 0) sum += TUNING.classifierValence * classifierValence(softmax(Array.from(logits)));
  const weak = learned.length + (logits ? 1 : 0) + (swv !== undefined ? 1 : 0);
  if (questions > 0 && cues + weak > 0) raw.surprise += TUNING.question;
  if (cues + weak === 0) return { ...neutral(detected), reassurance };
  return {
    ...distribution(raw),
    valence: round(sum / Math.sqrt(sum * sum + TUNING.alpha)),
    language: detected,
    reassurance,
    evidence: evidence(tokens, found),
    cues,
    learned: weak,
  };
}

/** The classifier's pleasant minus unpleasant mass in [−1, 1]; surprise and neutral count for neither. */
function classifierValence(p: number[]): number {
  let v = p[EMOTIONS.indexOf('happy')]!;
  EMOTIONS.forEach((e, k) => NEGATIVE.has(e) && (v -= p[k]!));
  return v;
}

/** Learned word valence, flipped inside a negator's scope ("not worthwhile"), weighted by clause. */
function learnedValence(hits: LearnedHit[], clauses: number): number {
  let v = 0;
  for (const h of hits) {
    const lv = h.sw ? TUNING.learnedValenceSw : TUNING.learnedValenceEn;
    v += (h.negated ? -h.v : h.v) * clauseWeight(h.clause, clauses) * lv;
  }
  return v;
}

/** A negated cue's category and valence: negated positive → sad, negated negative → mild positive, no category. */
function effect(f: Found): { cat: Emotion | null; v: number; w: number } {
  if (!f.negated) return f;
  // Saying a good thing is absent ("si mzuri") is a clear sad statement, even when the word alone is weak.
  if (f.v > 0 || f.cat === 'happy') return { cat: 'sad', v: -Math.max(1, TUNING.negatedPositive * f.v), w: 1 };
  if (f.v < 0 || (f.cat && NEGATIVE.has(f.cat))) return { cat: null, v: TUNING.negatedNegative * -f.v, w: f.w };
  return { cat: null, v: 0, w: 0 };
}

function clauseWeight(clause: number, clauses: number): number {
  if (clauses === 0) return 1;
  return clause === clauses ? TUNING.afterContrast : TUNING.beforeContrast;
}

/** Up to 8 cue spans, strongest first chosen, shown in text order. */
function evidence(tokens: Token[], found: Found[]): string[] {
  const strongest = [...found].sort(
    (a, b) => b.mult * Math.max(b.w, Math.abs(b.v)) - a.mult * Math.max(a.w, Math.abs(a.v)),
  );
  const chosen = strongest.slice(0, MAX_EVIDENCE).sort((a, b) => a.from - b.from);
  const spans = chosen.map((f) =>
    cutAt(
      tokens
        .slice(f.from, f.to)
        .map((t) => t.text)
        .join(' '),
      MAX_SPAN,
    ),
  );
  return [...new Set(spans)];
}

function neutral(language: TextLanguage): Omit<LexiconEmotion, 'reassurance'> {
  const categories = Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? 1 : 0])) as Record<Emotion, number>;
  return { categories, label: 'neutral', valence: 0, language, evidence: [], cues: 0, learned: 0 };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
