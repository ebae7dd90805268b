import { joinedPredicate, ownWords, sentenceFrame } from './reading.js';
import type { Clause } from './normalise.js';
import {
  CONTINUING,
  HISTORY,
  MILESTONE,
  MILESTONE_RECENT,
  PAST_ANCHOR,
  PAST_TENSE,
  PLUPERFECT,
  PRESENT,
  RECENT,
  WEEKS_AGO,
} from './patterns.js';

// When a cue happened: now, over (history), or told in the past with no time (a follow-up). A crisis the text places
// before now is history; when unsure, the rules keep the risk (RULES.md, "How a clause is judged", 5–6).

/** What the whole text says about time, worked out once per text. */
export interface TextTime {
  recovered: boolean;
  anchored: boolean;
  recent: boolean;
}

const MILESTONE_ALL = new RegExp(MILESTONE.source, 'gu');
const ATTEMPT = / attempt(?:ed)? /u;
/** A milestone counts time: a span, a date or an anniversary ("200 days free of self harm", "since i last cut"). */
const COUNTED =
  / (?:(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|many|couple of) (?:days?|weeks?|months?|years?)|since|anniversary|first (?:\p{L}+ )?(?:birthday|christmas|holiday|year)|in years|siku|wiki|miezi|mwezi|mwaka|miaka) /u;
/** A milestone wanted, denied or struggled for is not reached ("i want to be free of self harm", "never clean"). */
const UNREACHED =
  / (?:want|wanna|wish|trying|try|tried|struggle|struggling|hard|never|not|cant|cannot|how|stay|staying|get|getting|become|becoming|dont|didnt|isnt|wasnt|hope|hoping|will|would)(?: \p{L}+){0,3} (?:clean|free|since|without) /u;
/** The act came back after a milestone: the milestone no longer tells of the past. */
const RELAPSE =
  / (?:relapsed?|relapsing|again|slipped|until|till|broke (?:it|my streak)|lost my streak|ended my streak|nimerudia|tena) /u;

/** Some match of `all` in `text` shares words with the cue's match. */
export function overlaps(all: RegExp, text: string, m: RegExpExecArray): boolean {
  const from = m.index + 1;
  const to = m.index + m[0].length - 1;
  for (const x of text.matchAll(all)) if (x.index + 1 < to && from < x.index + x[0].length - 1) return true;
  return false;
}

/** A recovery milestone over the cue: history, or a follow-up when counted in days or weeks. A milestone counts time
 * since the act, unless the act came back ("relapsed", "again", "until last night"); a recent word dates the milestone
 * ("ten days clean today"), not the act. */
export function milestoneReading(text: string, m: RegExpExecArray): 'history' | 'past_unclear' | null {
  if (!overlaps(MILESTONE_ALL, text, m) || !COUNTED.test(text) || RELAPSE.test(text) || UNREACHED.test(text))
    return null;
  // An attempt days or weeks ago is recent behaviour (C-SSRS: the last three months), however it is counted.
  if (MILESTONE_RECENT.test(text)) return ATTEMPT.test(text) ? null : 'past_unclear';
  return 'history';
}

/** Whether cue `m` of clause i is over ('history'), told in the past with no time ('past_unclear'), or current (null). */
export function pastReading(
  cs: Clause[],
  i: number,
  m: RegExpExecArray,
  before: string,
  text: TextTime,
): 'history' | 'past_unclear' | null {
  const c = cs[i]!;
  // Told in the past tense (the cue's own verb, not the clause's other words) and placed before now elsewhere in the
  // text ("years ago. I was near suicide").
  // A cue that begins with its own subject ("i will end my life", "sitaki kuishi") carries its own tense.
  const ownSubject = /^ (?:i|me|n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]);
  const own = ownSubject ? m[0] : `${ownWords(before)} ${m[0].trim()} `;
  const frame = sentenceFrame(cs, i, before);
  const toldAsPast = (PAST_TENSE.test(` ${own}`) && !PRESENT.test(` ${own}`)) || frame.past;
  // Past perfect places the cue before another past by itself ("I had tried to commit suicide but failed").
  const anchored = text.anchored || PLUPERFECT.test(` ${own}`) || frame.history;
  // Over, unless the clause also names something recent ("years ago and again last night") or its sentence says it
  // goes on ("when I was 12 … I still think about it", "…, wanted to kill myself, still do").
  // A cue told in the present ("years ago i was bullied and now i want to die") is not put in the past by the clause's
  // other words or the text's "now i am fine"; its own words can ("i used to want to die").
  const present = !toldAsPast && PRESENT.test(` ${own}`) && !/ (?:nilikuwa|tulikuwa) /u.test(` ${own}`);
  // A joined predicate takes the past of the verb before it only when its own sentence places that past before now,
  // ahead of it ("two years ago, i was an addict and suicidal"); otherwise the risk stands (it may be this week's).
  const joined = joinedPredicate(before);
  const joinedTold = joined !== null && PAST_TENSE.test(` ${joined} `) && !PRESENT.test(` ${joined} `);
  const ahead = `${cs
    .slice(0, i)
    .filter((x) => x.sentence === c.sentence)
    .map((x) => x.text)
    .join(' ')} ${before}`;
  const joinedPast = joinedTold && (HISTORY.test(ahead) || PAST_ANCHOR.test(ahead));
  const past =
    (joinedPast ||
      HISTORY.test(` ${verbPhrase(before)} ${m[0].trim()} `) ||
      ((HISTORY.test(c.text) || text.recovered) && !present) ||
      (toldAsPast && anchored)) &&
    !recentHere(c.text, m) &&
    !goesOn(cs, i, m);
  if (past) return 'history';
  // Thoughts told in the past with no time at all: maybe over, maybe this week; followed up, not escalated.
  const weeksAgo = cs.some((x) => x.sentence === c.sentence && WEEKS_AGO.test(x.text));
  if ((toldAsPast && (!text.recent || weeksAgo)) || (joinedTold && weeksAgo)) return 'past_unclear';
  return null;
}

/** The words governing a cue: up to eight before it, none before a joining word or "now" ("i used to feel like i'd
 * [die]" keeps "used to"; "years ago i was bullied and now i [want to die]" does not keep "years ago"). */
function verbPhrase(before: string): string {
  const words = before.trim().split(' ').slice(-8);
  const join = Math.max(
    ...['and', 'but', 'so', 'then', 'now', 'lakini', 'sasa', 'halafu'].map((w) => words.lastIndexOf(w)),
  );
  return words.slice(join + 1).join(' ');
}

/** The clause names a recent time for its cue: anywhere, unless the cue is placed in the past before it and the recent
 * word only follows the cue ("a year ago i was suicidal today things are better": speech-to-text lost the full stop). */
function recentHere(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index + 1);
  if (RECENT.test(m[0])) return true;
  // The nearest time named before the cue dates it ("today was good … three years ago i tried": years ago).
  const lastRecent = lastIndex(RECENT, before);
  const lastPast = Math.max(lastIndex(HISTORY, before), lastIndex(PAST_ANCHOR, before));
  if (lastRecent >= 0) return lastRecent > lastPast;
  const after = text.slice(m.index + m[0].length - 1);
  return RECENT.test(after) && lastPast < 0;
}

/** Where the last match of `re` in `text` starts, or −1. */
function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const x of text.matchAll(new RegExp(re.source, 'gu'))) at = x.index;
  return at;
}

/** The cue is said to go on ("when I was 12 … I still think about it"): a word of continuing in its own stretch or in
 * the next dozen words, in its sentence; "i still get stressed about fees" far away in a run-on check-in is not. */
function goesOn(cs: Clause[], i: number, m: RegExpExecArray): boolean {
  const c = cs[i]!;
  const near = `${c.text.slice(Math.max(0, m.index - 40), m.index + m[0].length)}${c.text
    .slice(m.index + m[0].length)
    .split(' ')
    .slice(0, 13)
    .join(' ')} `;
  const next = cs.slice(i + 1).find((x) => x.sentence === c.sentence);
  return (
    CONTINUING.test(near) || (next !== undefined && CONTINUING.test(next.text) && next.text.split(' ').length < 16)
  );
}
