import type { Emotion } from '../../../../lib/results/emotion.js';

// Shared shape of every lexicon entry, so the scorer treats English, Swahili, Sheng and emoji the same way.

export type { Emotion };

/** One cue: a category (null: valence only) and an AFINN-scale valence in [-5, 5]. */
export interface Cue {
  cat: Emotion | null;
  v: number;
  /** Category weight; 1 unless the term is a weak or ambiguous sign of the category. */
  w: number;
}

export type Lexicon = Map<string, Cue>;

// Default valence when a category term carries none of its own.
export const CATEGORY_VALENCE: Record<Emotion, number> = {
  neutral: 0,
  happy: 2,
  sad: -2,
  angry: -2,
  fear: -2,
  surprise: 0,
  disgust: -2,
};

/** Add comma-separated terms (phrases allowed: "over the moon") to a lexicon. */
export function add(lex: Lexicon, cat: Emotion | null, list: string, v?: number, w = 1): void {
  for (const raw of list.split(',')) {
    const term = raw.trim();
    if (term) lex.set(term, { cat, v: v ?? (cat ? CATEGORY_VALENCE[cat] : 0), w });
  }
}

/** A set from a comma-separated list. */
export const set = (list: string): Set<string> => new Set(list.split(',').map((s) => s.trim()));

/** The longest phrase (in tokens) of a lexicon or phrase list, so matching can stop looking there. */
export const longest = (keys: Iterable<string>): number => {
  let n = 1;
  for (const k of keys) n = Math.max(n, k.split(' ').length);
  return n;
};
