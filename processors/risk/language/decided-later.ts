import type { Clause } from './normalise.js';
import { DAYS, SIKU } from './planned-words.js';
import { OTHER_GOAL, UNDERTAKING } from './repeated-else.js';
import { re } from './words.js';

// After one's own past attempt or ideation told as over, the very next sentence saying a decision is made and "it"
// will be done at a time ("Mwaka 2019 niliwahi kutaka kujiua. Nimeshaamua, nitafanya jumanne usiku.") takes the past up
// again: the act is planned now. Only the next sentence, where "it" can be nothing told between (a code review, session
// 49: "… mchungaji ameniomba nitoe ushuhuda. nimeamua nitafanya jumapili" is the testimony).

/** A decision said as made, on its own: not "decided to go back to school" (another undertaking). */
const DECIDED = re(
  ` (?:i (?:have |ve )?(?:decided|made up my mind|made my decision)|my mind is made up|my (?:decision|plan) is (?:made|ready|set)|(?:nimeamua|nmeamua|nimeshaamua|nishaamua|nimeshapanga|nimepanga|nimejipanga|nime(?:sha)?fanya uamuzi)|mpango wangu (?:uko|ni|upo) tayari)(?= (?:and|na|i|my|mpango|nitafanya|ntafanya|nitaifanya|it)\\b| $)`,
);
/** "It" done at a time to come: "i will do it on friday", "nitafanya jumanne usiku". */
const DO_IT_WHEN = re(
  ` (?:i (?:will|am going to|am gonna) do it|nitafanya|ntafanya|nitaifanya) (?:on |this |next )?(?:tonight|tomorrow|kesho|usiku|leo usiku|${DAYS}|${SIKU}|weekend|wikendi|the weekend|week|wiki (?:hii|ijayo))(?!\\p{L})`,
);
/** What "it" may be beside the decision: a testimony, a disclosure, a baptism, a test or a visit. */
const TOLD_OR_DONE = re(
  ' (?:testimony|ushuhuda|story|speech|talk|walk|baptism|baptised|baptized|nibatizwe|kubatizwa|ubatizo|tell|told|kuwaambia|kumwambia|share|tested|test|visit|kutembelea|christmas|krismasi|wedding|harusi) ',
);

const sentenceText = (cs: readonly Clause[], k: number) =>
  ` ${cs
    .filter((c) => c.sentence === k)
    .map((c) => c.text.trim())
    .join(' ')} `;

/** Whether the sentence right after clause i's says a decision made and "it" done at a time, no other undertaking or
 * goal named before the time, nor anything "it" may be told or done in it. */
export function decidedLater(cs: readonly Clause[], i: number): boolean {
  const words = sentenceText(cs, cs[i]!.sentence + 1);
  const when = DO_IT_WHEN.exec(words);
  if (!when || !DECIDED.test(words.slice(0, when.index + 1))) return false;
  const lead = words.slice(0, when.index + 1);
  return !OTHER_GOAL.test(lead) && !UNDERTAKING.test(words) && !TOLD_OR_DONE.test(words);
}
