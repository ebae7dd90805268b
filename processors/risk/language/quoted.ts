import { normaliseWords } from './normalise.js';
import { QUOTE_FRAME } from './patterns.js';

// Someone else's words quoted to the speaker ("my friend told me: "I want to kill myself tonight""): a report about
// them for follow-up, not the speaker's own crisis (a review's false-alarm sweep, 2026-12-02). Read only where the text
// as written has closed quotation marks and the telling stands right before the opening one.

const MARK = /["\u201C\u201D]/u;
/** After the closing mark, the speaker takes the words as their own as well ("… and i want to die too"). */
const OWN_TOO = / (?:honestly|same|me too|too|as well|for real|i really|i also|pia|mimi pia|kwa kweli|na mimi) /u;

export interface Quoted {
  /** The text with the others' quoted words taken out: the speaker's own. */
  own: string;
  /** The others' quoted words. */
  quoted: string[];
}

export function othersQuoted(text: string): Quoted | undefined {
  const parts = text.split(MARK);
  const quoted: string[] = [];
  const own: string[] = [parts[0]!];
  for (let k = 1; k < parts.length; k++) {
    // Closed marks only: an unclosed one may be a typo before the speaker's own words.
    const inside = k % 2 === 1 && k < parts.length - 1;
    const frame = ` ${normaliseWords(parts[k - 1]!.split(/[.!?\n]/u).at(-1)!)} `.replace(/ +$/u, ' ');
    const later = ` ${normaliseWords(parts.slice(k + 1).join(' '))} `;
    if (inside && QUOTE_FRAME.test(frame) && !OWN_TOO.test(later)) quoted.push(parts[k]!);
    else own.push(parts[k]!);
  }
  return quoted.length ? { own: own.join(' '), quoted } : undefined;
}
