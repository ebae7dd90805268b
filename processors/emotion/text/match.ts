import { EMOJI } from './lexicons/emoji.js';
import {
  EN_AFINN_PHRASES,
  EN_CATEGORIES,
  EN_NEGATOR_PHRASES,
  EN_PRE_INTENSIFIERS,
  EN_REASSURANCE,
  afinnValence,
  EN_NEGATORS,
} from './lexicons/en.js';
import { SW_AFINN_CHECKED } from './lexicons/sw-afinn-checked.js';
import { swahiliRoot } from './lexicons/sw-roots.js';
import {
  CONTEXT_INTENSIFIERS,
  EN_POST_INTENSIFIERS,
  SW_NEGATORS,
  SW_HOMOGRAPHS,
  SW_POST_INTENSIFIERS,
  SW_REASSURANCE,
  SW_WORDS,
} from './lexicons/sw.js';
import type { Cue, Lexicon } from './lexicons/types.js';
import { collapse, type Token } from './tokens.js';

// What starts at token i: a reassurance phrase, a negator, an intensifier, a contrast word or an emotional cue.
// Phrases are tried longest first from a bounded length, so matching stays linear in the number of tokens.

export type Match =
  | { kind: 'reassurance'; len: number; phrase: string }
  | { kind: 'negator'; len: number }
  | { kind: 'pre'; len: number }
  | { kind: 'post'; len: number; contextual: boolean }
  | { kind: 'contrast'; len: number }
  | { kind: 'cue'; len: number; cue: Cue; negated: boolean };

const REASSURANCE = new Map(Object.entries({ ...EN_REASSURANCE, ...SW_REASSURANCE }));
const POST = new Set([...SW_POST_INTENSIFIERS, ...EN_POST_INTENSIFIERS]);
const CONTRAST = new Set(['but', 'lakini', 'ila', 'however', 'though', 'although', 'yet', 'bt']);

/** One map per language order: the first lexicon to define a term wins. */
function merged(lexicons: Lexicon[]): Lexicon {
  const out: Lexicon = new Map();
  for (const lex of lexicons) for (const [k, v] of lex) if (!out.has(k)) out.set(k, v);
  return out;
}
const CUES = {
  en: merged([EN_CATEGORIES, EN_AFINN_PHRASES, SW_WORDS, SW_AFINN_CHECKED]),
  sw: merged([SW_WORDS, SW_AFINN_CHECKED, EN_CATEGORIES, EN_AFINN_PHRASES]),
};

// First word of every multi-word phrase → its longest length: most tokens start no phrase and cost one lookup.
const STARTS = new Map<string, number>();
for (const keys of [CUES.en.keys(), REASSURANCE.keys(), POST, EN_NEGATOR_PHRASES] as Iterable<string>[]) {
  for (const k of keys) {
    const words = k.split(' ');
    if (words.length > 1) STARTS.set(words[0]!, Math.max(STARTS.get(words[0]!) ?? 1, words.length));
  }
}

/** The longest phrase starting at i that `has` accepts (a single word included). */
function phraseAt(tokens: Token[], i: number, has: (p: string) => boolean): [string, number] | undefined {
  const first = tokens[i]!;
  let found: [string, number] | undefined = has(first.text) ? [first.text, 1] : undefined;
  const max = STARTS.get(first.text) ?? 1;
  let p = first.text;
  for (let n = 2; n <= max && i + n <= tokens.length; n++) {
    const t = tokens[i + n - 1]!;
    if (t.emoji || t.boundary) break;
    p = `${p} ${t.text}`;
    if (has(p)) found = [p, n];
  }
  return found;
}

/** Single-word forms to try: as spoken, then with stretched letters collapsed ("sooo" → "soo", "so"). */
const forms = (t: Token): string[] => (t.elongated ? [t.text, collapse(t.text, 2), collapse(t.text, 1)] : [t.text]);

/** A cue in the lexicons (phrase or word), then a Swahili verb root, then AFINN for any other English word. */
export function cueAt(tokens: Token[], i: number, swFirst: boolean): Match | undefined {
  const t = tokens[i]!;
  if (t.emoji) {
    const cue = EMOJI.get(t.text);
    return cue && { kind: 'cue', len: 1, cue, negated: false };
  }
  if (swFirst && SW_HOMOGRAPHS.has(t.text)) return undefined;
  const lex = swFirst ? CUES.sw : CUES.en;
  const hit = phraseAt(tokens, i, (p) => lex.has(p));
  if (hit) return { kind: 'cue', len: hit[1], cue: lex.get(hit[0])!, negated: false };
  for (const f of forms(t)) {
    const cue = f === t.text ? undefined : lex.get(f);
    if (cue) return { kind: 'cue', len: 1, cue, negated: false };
    const a = afinnValence(f);
    if (a !== undefined) return { kind: 'cue', len: 1, cue: { cat: null, v: a, w: 1 }, negated: false };
    const root = swahiliRoot(f);
    if (root && (root.cue.cat || root.cue.v)) return { kind: 'cue', len: 1, cue: root.cue, negated: root.negated };
  }
  return undefined;
}

// Every function word or phrase in one map, so a token costs one lookup; earlier kinds win a shared key.
type Fn = 'reassurance' | 'negator' | 'post' | 'pre' | 'contrast';
const FUNCS = new Map<string, Fn>();
const addFn = (kind: Fn, terms: Iterable<string>) => {
  for (const t of terms) if (!FUNCS.has(t)) FUNCS.set(t, kind);
};
addFn('reassurance', REASSURANCE.keys());
addFn('negator', EN_NEGATOR_PHRASES);
addFn('post', POST);
addFn('negator', [...EN_NEGATORS, ...SW_NEGATORS]);
addFn('pre', EN_PRE_INTENSIFIERS);
addFn('contrast', CONTRAST);

/** Everything but cues: reassurance, negators, intensifiers and contrast words. */
export function functionAt(tokens: Token[], i: number): Match | undefined {
  const hit = phraseAt(tokens, i, (p) => FUNCS.has(p));
  if (hit) return fnMatch(hit[0], hit[1]);
  const t = tokens[i]!;
  if (t.text.endsWith("n't")) return { kind: 'negator', len: 1 };
  if (!t.elongated) return undefined;
  const short = forms(t).find((f) => FUNCS.has(f)); // "sooo", "noooo"
  return short ? fnMatch(short, 1) : undefined;
}

/** The match of function word or phrase `p` (a FUNCS key) spanning `len` tokens. */
function fnMatch(p: string, len: number): Match {
  const kind = FUNCS.get(p)!;
  if (kind === 'reassurance') return { kind, len, phrase: REASSURANCE.get(p)! };
  if (kind === 'post') return { kind, len, contextual: CONTEXT_INTENSIFIERS.has(p) };
  return { kind, len };
}
