import { countDigits, DIGIT_RUN } from './spelled.js';
import { type RedactionKind, type Span, WORD_CHAR } from './types.js';

const NOT_IN_WORD = `(?<![${WORD_CHAR}\\[])`;
const END_OF_WORD = `(?![${WORD_CHAR}])`;

/** Words that announce an identity document, in English and Swahili; passports are told apart from ID cards. */
const ID_CUE = String.raw`i\.d\.?|id|kitambulisho|vitambulisho|nin|nida|huduma|kra pin`;
const PASSPORT_CUE = String.raw`passport|pasipoti|paspoti`;

/** Words that may stand between the cue and the value: "ID number is", "namba ya kitambulisho changu ni". */
const FILLER = String.raw`number|numbers|no\.?|num|nambari|namba|card|kadi|is|was|ni|my|yangu|changu|chake|yake|ya|la|cha`;

/** The value: letters and digits ("A1234567", "CM9001..."), digit groups ("19900101-12345-00001-23") or spelled digits. */
const VALUE = String.raw`(?:[A-Za-z]{0,3}\d[A-Za-z0-9]*(?:[ \-/]\d[A-Za-z0-9]*)*|${DIGIT_RUN})`;

const CUED = new RegExp(
  String.raw`${NOT_IN_WORD}(?:(${PASSPORT_CUE})|${ID_CUE})${END_OF_WORD}(?:[\s:#=,.\-]+(?:${FILLER})${END_OF_WORD}){0,4}[\s:#=,.\-]*(${VALUE})${END_OF_WORD}`,
  'giu',
);

// Uganda's NIN (CM/CF and 12 letters or digits) and Tanzania's NIDA number are unmistakable without a cue.
const UGANDA_NIN = new RegExp(String.raw`${NOT_IN_WORD}C[MF][A-Z0-9]{12}${END_OF_WORD}`, 'giu');
const TANZANIA_NIDA = new RegExp(String.raw`${NOT_IN_WORD}\d{8}[- ]\d{5}[- ]\d{5}[- ]\d{2}${END_OF_WORD}`, 'gu');

/** ID card and passport numbers: after a cue any value with five or more digits, and the NIN and NIDA shapes anywhere. */
export function identityNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CUED)) {
    const value = m[2]!;
    const digits = Math.max(countDigits(value).digits, value.match(/\d/g)?.length ?? 0);
    if (digits < 5) continue;
    const kind: RedactionKind = m[1] ? 'passport' : 'national_id';
    const end = m.index + m[0].length;
    spans.push({ start: end - value.length, end, kind });
  }
  for (const re of [UGANDA_NIN, TANZANIA_NIDA]) {
    for (const m of text.matchAll(re)) {
      if ((m[0].match(/\d/g)?.length ?? 0) < 4) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, kind: 'national_id' });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
