// Tokeniser for speech-to-text output: one linear pass over the characters, no backtracking regexes.

export interface Token {
  /** Lowercased word, or a single emoji (variation selectors dropped). */
  text: string;
  /** The word had a letter repeated three or more times ("sooo"): spoken emphasis. */
  elongated: boolean;
  /** Punctuation or a clause break came right before it: negation scope stops here. */
  boundary: boolean;
  emoji: boolean;
}

export interface Tokens {
  tokens: Token[];
  questions: number;
  exclamations: number;
}

// Spoken contractions without the apostrophe, as speech-to-text often writes them (a Map: "constructor" is a word too).
const CONTRACTIONS = new Map<string, string>(
  Object.entries({
    im: "i'm",
    ive: "i've",
    dont: "don't",
    cant: "can't",
    isnt: "isn't",
    didnt: "didn't",
    doesnt: "doesn't",
    wasnt: "wasn't",
    arent: "aren't",
    werent: "weren't",
    havent: "haven't",
    hasnt: "hasn't",
    couldnt: "couldn't",
    wouldnt: "wouldn't",
    shouldnt: "shouldn't",
    aint: "ain't",
    its: "it's",
    thats: "that's",
  }),
);

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PICTO = /\p{Extended_Pictographic}/u;
const OPEN: Record<string, string> = { '[': ']', '(': ')', '<': '>', '{': '}' };
/** The longest non-speech marker skipped ("[inaudible]", "(laughs)"): an opener without a near closer is a bracket. */
const MARKER_MAX = 40;
/** An opener after eyes or a nose is a face (":(", ";-(", "=("), and "<3" a heart: words, not a marker, follow. */
const FACE = new Set([':', ';', '=', '-', "'"]);

/** The closer of a non-speech marker opened at i, when one follows close enough and the opener is not an emoticon. */
function markerCloser(raw: string, i: number, ch: string): string | undefined {
  const closer = OPEN[ch];
  if (!closer || (i > 0 && FACE.has(raw[i - 1]!)) || (ch === '<' && raw[i + 1] === '3')) return undefined;
  for (let j = i + 1; j < raw.length && j - i <= MARKER_MAX; j++) if (raw[j] === closer) return closer;
  return undefined;
}

/** Collapse runs of 3+ identical letters to `keep` letters ("sooo" → "so" or "soo"). */
export function collapse(word: string, keep: 1 | 2): string {
  if (!hasRun(word)) return word;
  let out = '';
  let i = 0;
  while (i < word.length) {
    let j = i;
    while (j < word.length && word[j] === word[i]) j++;
    out += word[i]!.repeat(j - i >= 3 ? keep : j - i);
    i = j;
  }
  return out;
}

/** Whether some letter repeats three times in a row: cheap test before building a new string. */
function hasRun(w: string): boolean {
  for (let i = 2; i < w.length; i++)
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return true;
  return false;
}

/** Strip leading and trailing apostrophes without a regex (a `'+$` pattern is quadratic on long runs). */
function trimQuotes(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && w[a] === "'") a++;
  while (b > a && w[b - 1] === "'") b--;
  return w.slice(a, b);
}

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
const isQuote = (c: number) => c === 39 || c === 0x2019 || c === 0x2018;
const BREAKS = new Set(['.', ',', ';', ':', '?', '!']);

export function tokenise(raw: string): Tokens {
  const tokens: Token[] = [];
  let start = -1; // start of the current word
  let boundary = false;
  let closer: string | undefined; // inside "[inaudible]", "(laughs)": non-speech markers are skipped
  let questions = 0;
  let exclamations = 0;
  const flush = (end: number) => {
    if (start < 0) return;
    let w = raw.slice(start, end).toLowerCase();
    if (w.includes('\u2019') || w.includes('\u2018')) w = w.replace(/[\u2018\u2019]/g, "'");
    const trimmed = trimQuotes(w);
    if (trimmed) {
      const elongated = hasRun(trimmed);
      tokens.push({ text: CONTRACTIONS.get(trimmed) ?? trimmed, elongated, boundary, emoji: false });
      boundary = false;
    }
    start = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (closer) {
      if (raw[i] === closer) closer = undefined;
      continue;
    }
    if (code < 128 ? isAsciiWord(code) : isQuote(code) || (code < 0xd800 && LETTER.test(raw[i]!))) {
      if (start < 0) start = i;
      continue;
    }
    flush(i);
    const ch = code >= 0xd800 && code < 0xdc00 ? raw.slice(i, i + 2) : raw[i]!;
    if (ch.length === 2) i++; // astral code point: emoji live here
    const opens = ch.length === 1 ? markerCloser(raw, i, ch) : undefined;
    if (opens) closer = opens;
    else if (ch === '?') questions++;
    else if (ch === '!') exclamations++;
    if (code > 127 && PICTO.test(ch)) {
      tokens.push({ text: ch, elongated: false, boundary, emoji: true });
      boundary = false;
    } else if (BREAKS.has(ch)) boundary = true;
  }
  flush(raw.length);
  return { tokens, questions, exclamations };
}
