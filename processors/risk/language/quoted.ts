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
  // Most check-ins have neither marks nor a question put to them: read nothing more then.
  if (!MARK.test(text) && !/\bask/iu.test(text)) return undefined;
  const parts = text.split(MARK);
  const quoted: string[] = [];
  const own: string[] = [parts[0]!];
  let answered = false;
  for (let k = 1; k < parts.length; k++) {
    // Closed marks only: an unclosed one may be a typo before the speaker's own words.
    if (k % 2 === 0 || k === parts.length - 1) {
      own.push(parts[k]!);
      continue;
    }
    const frame = ` ${normaliseWords(parts[k - 1]!.split(/[.!?\n]/u).at(-1)!)} `.replace(/ +$/u, ' ');
    const rest = parts.slice(k + 1).join('"');
    const answer = ASKED.test(frame) ? ANSWER.exec(rest) : null;
    if (answer) {
      // Answered no, the question is read as written: a review found "no" taken back in too many ways to list.
      const yes = /^(?:yes|yeah|yep|ndio|ndiyo|eeh)$/iu.test(answer[1]!) || NO_THEN_YES.test(rest);
      own.push(yes ? asSpeaker(parts[k]!) : parts[k]!);
      answered = true;
    } else if (QUOTE_FRAME.test(frame) && !OWN_TOO.test(` ${normaliseWords(parts.slice(k + 1).join(' '))} `))
      quoted.push(parts[k]!);
    else own.push(parts[k]!);
  }
  // Speech-to-text writes no marks: "… asked me are you thinking of killing yourself i said yes".
  const spoken = SPOKEN_YES.exec(` ${normaliseWords(text)} `);
  if (spoken) own.push(asSpeaker(spoken[1]!));
  return quoted.length || answered || spoken ? { own: own.join(' '), quoted } : undefined;
}

const SPOKEN_YES =
  / (?:asked|asks)(?: me)? ((?:are|do|have|did|were|would) you (?:\p{L}+ ){0,8}?(?:yourself|your life|to die|suicide|suicidal|of dying)) (?:and |so )?i (?:said|answered|told (?:him|her|them)) (?:yes|yeah|yep)\b/u;

// A question put to the speaker and answered yes ("the nurse asked me "are you thinking of killing yourself" i said
// yes"): the speaker's own words, read as the statement the question asked about.
const ASKED = / (?:asked|asks|aliniuliza|ananiuliza|ameniuliza|akaniuliza)(?: me)?(?: if| whether| kama)? $/u;
const ANSWER =
  /^[\s,.:;?!-]*(?:and |so |na )?(?:i |mimi )?(?:said|answered|replied|told (?:him|her|them)|nikasema|nilisema|nikajibu|nilijibu|nikamwambia)[\s,.:;-]*["\u201C\u201D]?\s*(yes|yeah|yep|ndio|ndiyo|eeh|no|nope|hapana)\b/iu;
/** "I said no but I am": the answer taken back. */
const NO_THEN_YES =
  /^[^.!?]*\b(?:but|lakini|though|actually|ila) (?:i am|im|i do|i have|i was|yes|ndio|nina|niko|nataka)\b/iu;

/** The question as the speaker's statement: "are you thinking of killing yourself" → "i thinking of killing myself". */
function asSpeaker(question: string): string {
  return ` ${question.toLowerCase().replace(/[?]/gu, ' ')} `
    .replace(/ (?:do|are|have|did|were|will|would|could|is it true) you /u, ' i ')
    .replace(/ yourself /gu, ' myself ')
    .replace(/ your /gu, ' my ')
    .replace(/ you /gu, ' i ')
    .replace(/ u(na|ta|li|me)(?=\p{L})/gu, ' ni$1')
    .replace(/ una /gu, ' nina ')
    .trim();
}
