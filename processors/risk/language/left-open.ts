// A denial left open by what comes right after it (RULES.md, "A denial left open"): "I'm not suicidal, not yet", "…
// well not today anyway", "Sina mawazo ya kujiua. Kesho sijui.". A third attempt after reviews 15 and 16, narrowed by
// reviews 19 and 20: each form ends the text; tomorrow unknown only after a denial that opens the text. The thoughts
// said to be back and a last check-in with a farewell were withdrawn again: said of worries, power, water, a job or a
// programme ending, they raised a third of review 20's ordinary check-ins.

const LEAD = '(?:(?:well|but|and|though|at least|ok|okay|i mean|lakini|ila|angalau|ah|aah|sasa|kumbe|tena) )*';
/** Nothing after the denial but "not today" and the like: other days are not denied. */
const NOT_TODAY = new RegExp(
  `^ ${LEAD}(?:not|si|sio|siyo) (?:today|tonight|yet|leo|bado)(?: (?:anyway|at least|i guess|angalau|tu))? $`,
  'u',
);
/** "not today" only after the act or the thoughts denied, not "i dont want to die, not today!" after a near accident. */
const SUICIDE_CUE =
  / (?:suicid\p{L}*|kill\p{L}* myself|end\p{L}* my life|take my life|kujiua|nijiue|kujimaliza|sitajiua|kujitoa uhai|mawazo|thoughts) /u;
/** Nothing after it but tomorrow not known ("… Kesho sijui.", "… but tomorrow who knows"). */
const TOMORROW_UNKNOWN = new RegExp(
  `^ ${LEAD}(?:kesho|tomorrow) (?:sijui|i dont know|i do not know|who knows|nobody knows)(?: bwana| tu)? $`,
  'u',
);
/** Words that may come before a denial that opens the text: an answer to the app's question. */
const ANSWER_WORDS =
  /^(?:no|hapana|nope|honestly|well|um|uh|ok|okay|so|kusema|kweli|kwa|to|be|honest|i|am|im|is|was|are|not|have|dont|do|never|sina|sitaki|sijawahi|nina|hakuna|hamna|thoughts?|any|of|mimi|the|answer)$/u;

/** Where the denial stands: the clauses before it, its clause up to the cue, and the denied cue. */
export interface Around {
  earlier: readonly string[];
  before: string;
  cue: string;
}
/** The denial opens the text: nothing before it but `words` (here answer words, so "tomorrow" can be nothing else's). */
export const opensWith = (a: Around, words: RegExp = ANSWER_WORDS): boolean =>
  [...a.earlier, a.before]
    .join(' ')
    .split(' ')
    .filter(Boolean)
    .every((w) => words.test(w));

/** What follows a denial leaves it open. `rest` is everything after the denied cue, spaced as plain-denial.ts spaces it. */
export function leftOpen(rest: string, around: Around): boolean {
  return (
    (NOT_TODAY.test(rest) && SUICIDE_CUE.test(` ${around.cue.trim()} `)) ||
    (TOMORROW_UNKNOWN.test(rest) && opensWith(around))
  );
}
