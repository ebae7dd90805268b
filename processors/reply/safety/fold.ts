// Reply text folded for the safety rules, so that spelling tricks do not slip past them: invisible and
// format characters out, look-alike letters (Cyrillic, Greek, small capitals, full-width) and digit-for-letter
// spellings ("p1lls", "0verd0se", "pi||s") mapped to Latin letters, diacritics and other combining marks dropped,
// letters spaced or dotted out ("o v e r d o s e", "h. a. n. g") joined again; doses ("50mg") stay numbers.

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
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
  ı: 'i',
  ӏ: 'l',
  һ: 'h',
  ԝ: 'w',
  ɑ: 'a',
  ʀ: 'r',
  η: 'n',
  γ: 'y',
  ɩ: 'i',
  օ: 'o',
  ո: 'n',
  ս: 'u',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
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
  '8': 'b',
  '9': 'g',
};

/** Lower-case words separated by single spaces, with a space at each end so rules can match whole words. */
export function fold(text: string): string {
  let t = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/./gu, (c) => LOOK_ALIKE[c] ?? c)
    .replace(/[\u2019\u2018\u02bc\u02b9\u2032\uff07`´']/g, '');
  // A digit or symbol inside a word stands for a letter ("p1lls", "s@fe"); numbers on their own stay numbers.
  t = t.replace(/(?<=\p{L})[!|]+(?=\p{L})/gu, (m) => m.replace(/!/g, 'i').replace(/\|/g, 'l'));
  t = t.replace(/[\p{L}0-9@$]+/gu, (w) =>
    /\p{L}/u.test(w) && !/^\d+(?:mg|ml|mcg|g)$/.test(w) ? w.replace(/[0-9@$]/g, (c) => DIGIT_LETTERS[c] ?? c) : w,
  );
  // Single letters joined by a separator ("o v e r", "h.a.n.g", "k-i-l-l") become one word again.
  t = t.replace(/(?<![\p{L}\p{N}])\p{L}(?:[\s.\-_*]{1,3}\p{L}(?![\p{L}\p{N}])){2,}/gu, (m) =>
    m.replace(/[\s.\-_*]/g, ''),
  );
  return ` ${t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}
