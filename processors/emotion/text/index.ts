import { EMOTIONS } from '../../../lib/results/emotion.js';
import { distribution } from '../categories.js';
import { languageOf, type TextLanguage } from './language.js';
import type { Emotion } from './lexicons/types.js';
import { scan, type Found, type LearnedHit } from './scan.js';
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
  /** Words only the corpus-derived lists know (a weaker layer: lexicons/learned/PROVENANCE.md). */
  learned: number;
}

// Tuned on the development halves only (bench/eval/emotion-text.ts).
export const TUNING = {
  neutralPrior: 0.3, // mass neutral keeps against the cues: one clear cue outweighs it
  valenceOnly: 0.4, // category weight of a word AFINN rates but no category list has
  negatedNegative: 0.3, // "not sad", "sina wasiwasi": a little positive, mostly neutral
  negatedPositive: 0.6, // "not happy", "sina furaha": sad, a little weaker than the word
  beforeContrast: 0.5, // "niko sawa lakini nimechoka": what follows "but" counts more
  afterContrast: 1.5,
  alpha: 15, // valence = s / sqrt(s² + alpha), as VADER normalises its sum
  question: 0.5, // surprise weight of a written question mark; speech-to-text output has none
  learnedCategory: 1, // total category mass the learned (XED) layer may add, spread by its softmax
  learnedTemperature: 1, // softmax temperature over the summed learned log-odds
  learnedBeside: 0, // share of learnedCategory kept when hand cues were found (they are the stronger evidence)
  learnedValenceEn: 0.5, // weight of a learned English (EmoBank) word's valence against an AFINN/hand cue's (1)
  learnedValenceSw: 0.1, // same for a learned Swahili (AfriSenti) word
};
const MAX_EVIDENCE = 8;
const MAX_SPAN = 40;
const NEGATIVE: ReadonlySet<Emotion> = new Set(['sad', 'angry', 'fear', 'disgust']);

export function detectLanguage(text: string): TextLanguage {
  return languageOf(tokenise(text).tokens);
}

export function lexiconEmotion(text: string, language: 'auto' | 'en' | 'sw'): LexiconEmotion {
  const { tokens, questions } = tokenise(text);
  const detected = language === 'auto' ? languageOf(tokens) : language;
  const { found, learned, reassurance, clauses } = scan(tokens, detected !== 'en');
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
  sum += addLearned(raw, learned, clauses, cues > 0 ? TUNING.learnedBeside : 1);
  if (questions > 0 && cues + learned.length > 0) raw.surprise += TUNING.question;
  if (cues + learned.length === 0) return { ...neutral(detected), reassurance };
  return {
    ...distribution(raw),
    valence: round(sum / Math.sqrt(sum * sum + TUNING.alpha)),
    language: detected,
    reassurance,
    evidence: evidence(tokens, found),
    cues,
    learned: learned.length,
  };
}

/**
 * The learned layer: summed per-class log-odds → softmax, adding at most `learnedCategory` category mass; learned
 * valence adds to the sum, flipped inside a negator's scope ("not worthwhile"). Negated words add no category.
 * Returns the valence to add.
 */
function addLearned(raw: Record<Emotion, number>, hits: LearnedHit[], clauses: number, share: number): number {
  let v = 0;
  let any = false;
  const score = EMOTIONS.map(() => 0);
  for (const h of hits) {
    const weight = clauseWeight(h.clause, clauses);
    const lv = h.sw ? TUNING.learnedValenceSw : TUNING.learnedValenceEn;
    v += (h.negated ? -h.v : h.v) * weight * lv;
    if (!h.cats || h.negated || share === 0) continue;
    any = true;
    for (let k = 0; k < score.length; k++) score[k]! += h.cats[k]! * weight;
  }
  if (any) {
    const top = Math.max(...score);
    const exp = score.map((s) => Math.exp((s - top) / TUNING.learnedTemperature));
    const z = exp.reduce((s, x) => s + x, 0);
    EMOTIONS.forEach((e, k) => (raw[e] += (share * TUNING.learnedCategory * exp[k]!) / z));
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
    tokens
      .slice(f.from, f.to)
      .map((t) => t.text)
      .join(' ')
      .slice(0, MAX_SPAN),
  );
  return [...new Set(spans)];
}

function neutral(language: TextLanguage): Omit<LexiconEmotion, 'reassurance'> {
  const categories = Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? 1 : 0])) as Record<Emotion, number>;
  return { categories, label: 'neutral', valence: 0, language, evidence: [], cues: 0, learned: 0 };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
