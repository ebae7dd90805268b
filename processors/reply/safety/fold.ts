// Reply text folded for the safety rules, so that spelling tricks do not slip past them: invisible characters out,
// look-alike letters (Cyrillic, Greek, full-width) and digit-for-letter spellings ("p1lls", "0verd0se") mapped to
// Latin letters, diacritics and other combining marks dropped, letters spaced or dotted out ("o v e r d o s e", "h.a.n.g") joined again.

const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const LOOK_ALIKE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const DIGIT_LETTERS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** Lower-case words separated by single spaces, with a space at each end so rules can match whole words. */
export function fold(text: string): string {
  let t = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/./gu, (c) => LOOK_ALIKE[c] ?? c)
    .replace(/[\u2019\u2018`´']/g, '');
  // A digit or symbol inside a word stands for a letter ("p1lls", "s@fe"); numbers on their own stay numbers.
  t = t.replace(/[\p{L}0-9@$]+/gu, (w) => (/\p{L}/u.test(w) ? w.replace(/[0-9@$]/g, (c) => DIGIT_LETTERS[c] ?? c) : w));
  // Single letters joined by a separator ("o v e r", "h.a.n.g", "k-i-l-l") become one word again.
  t = t.replace(/\b\p{L}(?:[\s.\-_*]\p{L}\b){2,}/gu, (m) => m.replace(/[\s.\-_*]/g, ''));
  return ` ${t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
