// What a crisis text is read as before any rule: the same words however they were typed or pasted (a review's
// invariance sweep found each of these lowering crises). Full-width and styled letters and look-alike apostrophes
// become plain, marks on letters go (English and Swahili need none), invisible characters inside a word are deleted
// (not split it), and every kind of space is one space, so phrase rules written with single spaces still match.

/** Apostrophe look-alikes: modifier letter, primes, full-width, grave and acute accents, curly quotes. */
const APOSTROPHES = /[\u02bc\u02b9\u2032\u2035\uff07\u2019\u2018\u201b`´]/gu;
/** Zero-width space, joiners, word joiner, soft hyphen, byte-order mark, Mongolian vowel separator. */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff\u180e]/gu;
/** Any run of spaces or tabs (line breaks end a sentence, so they stay). */
const SPACES = /[^\S\n]+/gu;

/** Hesitations speech-to-text writes down ("i want to um end it"): no word of what was said. */
const HESITATION = /(?<![\p{L}\p{N}'])(?:u+m+|u+h+m*|e+r+m+|h+m+|m+h+m*|e{2,}h+)(?![\p{L}\p{N}'])/giu;

/** A web address: its dots would split a sentence into pieces that read as clauses. */
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** The text the rules read: without hesitations and web addresses (the learned readings were fitted with them); a link
 * leaves a link sign, no word, so a reading that needs nothing else said knows something was (dated-other.ts). */
export const forRules = (text: string): string => text.replace(URL, ' \u{1F517} ').replace(HESITATION, ' ');

export function foldText(text: string): string {
  // Apostrophes first: NFKD would split an acute accent typed as one ("can´t") into a space and a mark.
  return (
    text
      .replace(/\r\n?/gu, '\n')
      .replace(INVISIBLE, '')
      .replace(APOSTROPHES, "'")
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFKC')
      // Again: a compatibility form can become a look-alike (a full-width grave accent becomes "`").
      .replace(APOSTROPHES, "'")
      .replace(SPACES, ' ')
  );
}
