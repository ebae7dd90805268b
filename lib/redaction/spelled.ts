import { type Span, WORD_CHAR } from './types.js';

/** Digits as speech-to-text spells them, in English and Swahili. */
const DIGIT_WORDS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  sifuri: 0,
  moja: 1,
  mbili: 2,
  tatu: 3,
  nne: 4,
  tano: 5,
  sita: 6,
  saba: 7,
  nane: 8,
  tisa: 9,
};
const REPEAT: Record<string, number> = { double: 2, triple: 3 };

const TOKEN = `(?:${[...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT)].join('|')}|\\d+)(?![${WORD_CHAR}])`;

/** A run of spelled or written digits, separated by spaces, commas, dots or dashes. */
export const DIGIT_RUN = String.raw`(?:plus\s+)?${TOKEN}(?:[\s,.\-]+${TOKEN})*`;

const SPELLED_RUN = new RegExp(String.raw`(?<![${WORD_CHAR}\[])${DIGIT_RUN}`, 'giu');

/** How many digits a run stands for, and whether any of them is spelled out as a word. */
export function countDigits(run: string): { digits: number; spelled: boolean } {
  let digits = 0;
  let spelled = false;
  let repeat = 1;
  for (const token of run.toLowerCase().split(/[\s,.-]+/)) {
    if (/^\d+$/.test(token)) digits += token.length * repeat;
    else if (token in DIGIT_WORDS) digits += repeat;
    else if (token in REPEAT) {
      spelled = true;
      repeat = REPEAT[token]!;
      continue;
    } else continue;
    if (!/^\d/.test(token)) spelled = true;
    repeat = 1;
  }
  return { digits, spelled };
}

/** Written numbers at either end of a run that a comma or full stop sets apart ("I am 23, zero seven ...") stay. */
function trimDetached(run: string): [number, number] {
  const tokens = [...run.matchAll(/[^\s,.-]+/g)].map((t) => ({ start: t.index, end: t.index + t[0].length }));
  const written = (i: number) => /^\d+$/.test(run.slice(tokens[i]!.start, tokens[i]!.end));
  const detached = (a: number, b: number) => /[,.]/.test(run.slice(tokens[a]!.end, tokens[b]!.start));
  let first = 0;
  let last = tokens.length - 1;
  while (first < last && written(first) && detached(first, first + 1)) first++;
  while (last > first && written(last) && detached(last - 1, last)) last--;
  return [tokens[first]!.start, tokens[last]!.end];
}

/** Nine or more spelled digits in a row are a phone number read aloud ("zero seven one two ..."). */
export function spelledPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SPELLED_RUN)) {
    const [from, to] = trimDetached(m[0]);
    const { digits, spelled } = countDigits(m[0].slice(from, to));
    if (spelled && digits >= 9) spans.push({ start: m.index + from, end: m.index + to, kind: 'phone' });
  }
  return spans;
}
