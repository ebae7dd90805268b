import { EMOTIONS } from '../../../lib/results/emotion.js';
import { EN_CATEGORY_TSV } from './lexicons/learned/en-categories.js';
import { EN_VALENCE_TSV } from './lexicons/learned/en-valence.js';
import { SW_VALENCE_TSV } from './lexicons/learned/sw-valence.js';
import type { Emotion } from './lexicons/types.js';

// Corpus-derived weights (lexicons/learned/PROVENANCE.md): a weaker evidence layer for words no hand list knows.
// Parsed once at load from the generated TSV strings.

export interface Learned {
  /** Per-class log-odds in EMOTIONS order (English, XED), or undefined. */
  cats?: Float32Array;
  /** Valence on the AFINN scale (English: EmoBank; Swahili: AfriSenti), 0 if unknown. */
  v: number;
  /** The valence came from the Swahili (AfriSenti) list. */
  sw: boolean;
}

// The TSV column order written by bench/eval/text-lexicon/build.ts.
const COLUMNS: readonly Emotion[] = ['neutral', 'happy', 'sad', 'angry', 'fear', 'surprise', 'disgust'];
const ORDER = EMOTIONS.map((e) => COLUMNS.indexOf(e));
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
for (const [w, cols] of rows(EN_CATEGORY_TSV)) {
  EN.set(w, { cats: Float32Array.from(ORDER, (k) => Number(cols[k]) / 100), v: 0, sw: false });
}
for (const [w, [v]] of rows(EN_VALENCE_TSV)) {
  const e = EN.get(w);
  const val = (Number(v) / 1000) * EN_V_SCALE;
  if (e) e.v = val;
  else EN.set(w, { v: val, sw: false });
}
const SW = new Map<string, Learned>();
for (const [w, [v]] of rows(SW_VALENCE_TSV)) SW.set(w, { v: (Number(v) / 100) * SW_V_SCALE, sw: true });

/** The learned entry of a word no hand list matched: Swahili polarity first in Swahili text, then English. */
export function learnedAt(word: string, swFirst: boolean): Learned | undefined {
  return swFirst ? (SW.get(word) ?? EN.get(word)) : (EN.get(word) ?? SW.get(word));
}
