import { matchSpans, type Span, WORD_CHAR } from './types.js';

// Every pattern starts only where its run of characters starts (negative look-behind), so a failing run is
// scanned once, not once per character: the scans stay linear in the length of the text.

const LABEL = '[A-Za-z0-9-]+';
const EMAIL = new RegExp(
  String.raw`(?<![${WORD_CHAR}.%+\-@])[A-Za-z0-9_.%+\-]+@${LABEL}(?:\.${LABEL})*\.[A-Za-z]{2,24}(?![\w\-@]|\.[A-Za-z0-9])`,
  'gu',
);

// Speech-to-text writes addresses as words: "john dot doe at gmail dot co dot ke".
const SPOKEN_LOCAL = '[a-z0-9_-]+(?: dot [a-z0-9_-]+)*';
const SPOKEN_TLD = '(?:com|net|org|info|io|edu|gov|ke|tz|ug|rw|bi|uk)';
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![${WORD_CHAR}\-])(?<!dot )${SPOKEN_LOCAL} at [a-z0-9-]+(?: dot [a-z0-9-]+)* dot ${SPOKEN_TLD}(?![${WORD_CHAR}])`,
  'giu',
);

// Or half as words, "amina.k at gmail.com": only after a local part no plain word has (letters with a dot, an
// underscore or a digit), so "I looked at gmail.com" and "since 2019 at jumia.com" keep their words.
const HALF_EMAIL = new RegExp(
  String.raw`(?<![${WORD_CHAR}.\-])[a-z0-9_.-]+ at [a-z0-9-]+(?:(?:\.| dot )[a-z0-9-]+)*(?:\.| dot )${SPOKEN_TLD}(?![${WORD_CHAR}])`,
  'giu',
);
const halfWritten = (m: RegExpExecArray) => {
  const local = m[0].split(' at ')[0]!;
  return /\p{L}/u.test(local) && /[._0-9]/.test(local);
};

// "@amina_k" or "@john.doe"; the "@" must open a word, so "a @ b" and addresses are not handles.
const HANDLE = new RegExp(String.raw`(?<![${WORD_CHAR}.@\[])@\w(?:\w|\.(?=\w)){2,29}(?![\w@])`, 'gu');

export function emails(text: string): Span[] {
  return [
    ...matchSpans(text, EMAIL, 'email'),
    ...matchSpans(text, SPOKEN_EMAIL, 'email'),
    ...matchSpans(text, HALF_EMAIL, 'email', halfWritten),
  ].sort((a, b) => a.start - b.start);
}

/** A handle has a letter: "@2030" is a time written oddly, not an account. */
export function handles(text: string): Span[] {
  return matchSpans(text, HANDLE, 'handle', (m) => /[A-Za-z]/.test(m[0]));
}
