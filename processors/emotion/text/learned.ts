import { EN_VALENCE_TSV } from './lexicons/learned/en-valence.js';
import { SW_VALENCE_TSV } from './lexicons/learned/sw-valence.js';

// Corpus-derived word valences (lexicons/learned/PROVENANCE.md): a weaker layer for words no hand list knows.
// Parsed once at load from the generated TSV strings.

export interface Learned {
  /** Valence on the AFINN scale (English: EmoBank; Swahili: AfriSenti), 0 if unknown. */
  v: number;
  /** The valence came from the Swahili (AfriSenti) list. */
  sw: boolean;
}

// EmoBank mean deviation (1–5 scale, compressed toward 3) and AfriSenti polarity (−1..1) → AFINN-like units.
const EN_V_SCALE = 8;
const SW_V_SCALE = 3;

function rows(tsv: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push([line.slice(0, tab), line.slice(tab + 1).split(' ')]);
  }
  return out;
}

const EN = new Map<string, Learned>();
const SW = new Map<string, Learned>();
/** Replaces both lists with TSVs': at load, and by the cross-validation (bench/eval/text-lexicon/cv.ts). */
export function loadLearned(enTsv: string, swTsv: string): void {
  EN.clear();
  SW.clear();
  for (const [w, [v]] of rows(enTsv)) EN.set(w, { v: (Number(v) / 1000) * EN_V_SCALE, sw: false });
  for (const [w, [v]] of rows(swTsv)) SW.set(w, { v: (Number(v) / 100) * SW_V_SCALE, sw: true });
}
loadLearned(EN_VALENCE_TSV, SW_VALENCE_TSV);

/** The learned entry of a word no hand list matched: Swahili polarity first in Swahili text, then English. */
export function learnedAt(word: string, swFirst: boolean): Learned | undefined {
  return swFirst ? (SW.get(word) ?? EN.get(word)) : (EN.get(word) ?? SW.get(word));
}
