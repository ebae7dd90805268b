import { wordCount, type Clause } from './normalise.js';
import { CONTINUING, HISTORY, MILDER_NOW, PAST_TENSE, STILL_SO, PLUPERFECT, PRESENT, RECENT } from './patterns.js';
import { onlyOtherThingsRecent, toldAsOver } from './dated-other.js';
import { lastWordsAfterJoin, ownWords, sentenceFrame } from './reading.js';

// When a cue happened: now, over (history), or told in the past with no time (a follow-up). When unsure, the rules
// keep the risk (RULES.md, "How a clause is judged", 5–6). Five reviews of the exceptions added on 2026-12-01 found
// that every new way of reading a crisis as over also swallowed crises told in run-on speech, so this reading stays
// the conservative one of before that day, with changes that only keep a cue current: a cue told in the present or the
// future is never put in the past by other words of its clause or text, and more words say now (PRESENT, RECENT,
// CONTINUING).

/** What the whole text says about time, worked out once per text. */
export interface TextTime {
  recovered: boolean;
  anchored: boolean;
  recent: boolean;
  /** Where in the cue's clause a past said of what came before it starts ("… that was in 2019"), or -1. */
  backAnchorAt: number;
  /** A later clause says so. */
  backAnchoredLater: boolean;
  /** The check-in as written, for what normalising drops (emoji, links). */
  written: string;
}

/** Told of the future: will, going to, Swahili nita-, a decision made ("nimeamua"). */
const FUTURE = / (?:will|ll|going to|gonna|shall|should|must|nita\p{L}+|nime(?:sha)?(?:amua|panga|decide)) /u;
/** The few words right before a cue, none before a joining word ("i used to [want to die]" keeps "i used to"; "my dad
 * died years ago and i [want to die]" keeps only "i"). */
const governing = (before: string) =>
  lastWordsAfterJoin(before, 3, ['and', 'but', 'so', 'then', 'now', 'lakini', 'sasa', 'halafu']);

/** Whether cue `m` of clause i is over ('history'), told in the past with no time ('past_unclear'), or current (null). */
export function pastReading(
  cs: Clause[],
  i: number,
  m: RegExpExecArray,
  before: string,
  text: TextTime,
): 'history' | 'past_unclear' | null {
  const c = cs[i]!;
  // A cue that begins with its own subject ("i will end my life", "sitaki kuishi") carries its own tense.
  const ownSubject = /^ (?:i|me|n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]);
  const own = ownSubject ? m[0] : `${ownWords(before)} ${m[0].trim()} `;
  const frame = sentenceFrame(cs, i, before);
  const toldAsPast = (PAST_TENSE.test(` ${own}`) && !PRESENT.test(` ${own}`)) || frame.past;
  // Past perfect places the cue before another past by itself ("I had tried to commit suicide but failed").
  const anchored =
    text.anchored ||
    text.backAnchoredLater ||
    // Right after the cue ("i tried to kill myself that was in 2019", "… lakini hiyo ni zamani"), not of what came between.
    (text.backAnchorAt >= m.index + m[0].length - 1 &&
      wordCount(c.text.slice(m.index + m[0].length, text.backAnchorAt + 1)) <= 1) ||
    PLUPERFECT.test(` ${own}`) ||
    frame.history;
  // A cue told in the present or the future ("years ago i was bullied and now i want to die", "i will kill myself
  // tonight") is never put in the past by the clause's other words or the text's "now i am fine"; only the words right
  // before it can ("i used to want to die").
  const present = !toldAsPast && (PRESENT.test(` ${own}`) || FUTURE.test(` ${own}`));
  // Dated by the clause after it, the rest of the text may still say it goes on ("… That was in 2019. I still think …").
  const sameSentence = cs.filter((x) => x.sentence === c.sentence || (text.backAnchoredLater && cs.indexOf(x) > i));
  const past =
    (HISTORY.test(` ${governing(before)} ${m[0].trim()} `) ||
      ((HISTORY.test(c.text) || text.recovered) && !present) ||
      (toldAsPast && anchored)) &&
    // Over, unless the clause also names something recent ("years ago and again last night") or its sentence says it
    // goes on ("when I was 12 … I still think about it", "…, wanted to kill myself, still do") and not that what goes on
    // is milder ("… i still get sad sometimes but never like that anymore").
    ((!RECENT.test(c.text) &&
      !(
        sameSentence.some((x) => CONTINUING.test(x.text)) &&
        !(sameSentence.some((x) => MILDER_NOW.test(x.text)) && !sameSentence.some((x) => STILL_SO.test(x.text)))
      )) ||
      // … or it is said as over right before it and every recent time and "again" of the check-in dates something else
      // ("i used to self harm and today i feel good"; not an undated act, "i cut myself today i am fine": review 42).
      (toldAsOver(text.written, governing(before), m[0]) && onlyOtherThingsRecent(cs, i, m)));
  if (past) return 'history';
  // Thoughts told in the past with no time at all: maybe over, maybe this week; followed up, not escalated.
  if (toldAsPast && !text.recent) return 'past_unclear';
  return null;
}
