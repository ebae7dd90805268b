import type { Clause } from './normalise.js';
import { DAYS, SIKU } from './planned-words.js';
import { OTHER_GOAL, UNDERTAKING } from './repeated-else.js';
import { re } from './words.js';

// After one's own past ideation or attempt told as over, a later sentence saying a decision is made and "it" will be
// done at a time ("Mwaka 2019 niliwahi kutaka kujiua. … Nimeshaamua, mpango wangu uko tayari na nitafanya jumanne
// usiku.") takes the past up again: the act is planned now. Without a word of dying only the learned warning reading
// found it, and at most as high.

/** A decision said as made, on its own: not "decided to go back to school" (another undertaking). */
const DECIDED = re(
  ` (?:i (?:have |ve )?(?:decided|made up my mind|made my decision)|my mind is made up|my (?:decision|plan) is (?:made|ready|set)|(?:nimeamua|nimeshaamua|nishaamua|nimeshapanga|nimepanga|nimejipanga)|mpango wangu (?:uko|ni|upo) tayari)(?= (?:and|na|i|my|mpango|nitafanya|ntafanya|nitaifanya|it)\\b| $)`,
);
/** "It" done at a time to come: "i will do it on friday", "nitafanya jumanne usiku". */
const DO_IT_WHEN = re(
  ` (?:i (?:will|am going to|am gonna) do it|nitafanya|ntafanya|nitaifanya) (?:on |this |next )?(?:tonight|tomorrow|kesho|usiku|leo usiku|${DAYS}|${SIKU}|weekend|wikendi|the weekend|wiki (?:hii|ijayo))(?!\\p{L})`,
);
/** Something scheduled named between the past and the decision, which "it" may be ("my exams are next week. i have
 * decided, i will do it on monday"); not a reason told ("biashara yangu imeanguka"). */
const SCHEDULED = re(
  ' (?:exams?|tests?|kcse|kcpe|interview|presentation|audition|marathon|race|wedding|harusi|mtihani|mitihani|usaili|trip|safari|party|sherehe|meeting|mkutano|surgery|operation|upasuaji|homework|assignment|project|laptop|house|nyumba) ',
);
/** How many sentences after the past's such a decision may stand. */
const REACH = 3;

const sentenceText = (cs: readonly Clause[], k: number) =>
  ` ${cs
    .filter((c) => c.sentence === k)
    .map((c) => c.text.trim())
    .join(' ')} `;

const between = (cs: readonly Clause[], from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from - 1) }, (_, d) => sentenceText(cs, from + 1 + d)).join(' ');

/** Whether the first sentence after clause i's, within REACH, that says a decision made and "it" done at a time names
 * no other undertaking or goal, nor has anything scheduled named before it. */
export function decidedLater(cs: readonly Clause[], i: number): boolean {
  const own = cs[i]!.sentence;
  const last = Math.min(own + REACH, cs.at(-1)!.sentence);
  for (let k = own + 1; k <= last; k++) {
    const words = sentenceText(cs, k);
    if (!DECIDED.test(words) || !DO_IT_WHEN.test(words)) continue;
    return !OTHER_GOAL.test(words) && !UNDERTAKING.test(words) && !SCHEDULED.test(between(cs, own, k));
  }
  return false;
}
