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
  RECOVERED_HERE,
  TIMING,
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
/** "still" with a wish or a thought after it, however far from the cue ("… i still want to do it every day"). */
const STILL_WANTING =
  / (?:still|again) (?:\p{L}+ ){0,2}(?:want|wanna|think|thinking|feel like|wish|urges?|do it|have (?:those|these|the) thoughts|struggle|nataka|nawaza|natamani)| thoughts are (?:still|back) /u;
/** A milestone counts time: a span, a date or an anniversary ("200 days free of self harm", "since i last cut"). */
const COUNTED =
  / (?:(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a few|few|several|many|couple of|a couple of) (?:days?|weeks?|months?|years?)|anniversary|since (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:year|summer|winter|spring|autumn|christmas)|\p{N}{4})|first (?:\p{L}+ )?(?:birthday|christmas|holiday|year)|in years|siku \p{L}+|wiki \p{L}+|miezi \p{L}+|mwezi \p{L}+|mwaka \p{L}+|miaka \p{L}+) /u;
/** A milestone of hours or a few days is the act just past ("an hour since i last cut myself"). */
const JUST_NOW =
  / (?:\p{N}+|an?|one|two|three|four|five|six|seven|a few|few|couple of|a couple of) (?:hours?|minutes?|mins?)| (?:a|one|two|three|four|five|six|seven|[1-7]|a few|few|couple of|a couple of) days? /u;
/** A milestone wanted, denied or struggled for is not reached ("i want to be free of self harm", "never clean"). */
const UNREACHED =
  / (?:want|wanna|wish|trying|try|tried|struggle|struggling|hard|never|not|cant|cannot|how|stay|staying|get|getting|become|becoming|dont|didnt|isnt|wasnt|havent|hasnt|hope|hoping|will|would|more than|longer than)(?: \p{L}+| \p{N}+){0,6} (?:clean|free|since|without) /u;
/** The act came back after a milestone: the milestone no longer tells of the past. */
const RELAPSE =
  / (?:relapsed?|relapsing|again|slipped|until|till|broke (?:it|my streak)|lost my streak|ended my streak|nimerudia|tena|next one|planning|plan to|going to|tonight|want to|wanna|urge|urges) /u;

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
  // Hours or a few days since the act: the act itself, recent. An attempt days or weeks ago is recent behaviour too
  // (C-SSRS: the last three months); self-harm weeks ago is followed up.
  if (JUST_NOW.test(text)) return null;
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
  // "nilikuwa nataka", "i was wanting": a past auxiliary right before a present verb tells the past.
  const pastAux = / (?:nilikuwa|tulikuwa|i was) $/u.test(before);
  const toldAsPast = (PAST_TENSE.test(` ${own}`) && !PRESENT.test(` ${own}`)) || frame.past || pastAux;
  // "i seriously thought about ending my life": told in the past, but only a time placed before now makes it history.
  const toldLoosely = / i (?:seriously|honestly|genuinely|really) (?:thought|considered|wanted|wished|tried) /u.test(
    ` ${before}${m[0]} `,
  );
  // Past perfect places the cue before another past by itself ("I had tried to commit suicide but failed").
  const ahead = ` ${lastWords(`${sameSentenceBefore(cs, i)} ${before}`, 40)} `;
  // A time elsewhere in the text ("my wife left me in 2025. i tried to kill myself") dates something else: only one
  // before the cue in its own sentence places it.
  // A time after the cue dates it only right after it ("… i tried to kill myself in 2019"), not a debt of last year.
  // … up to eight words after it, not past a word that starts another matter ("… because of a debt from last year").
  const afterCue = ` ${c.text.slice(m.index + m[0].length)}`
    .split(/ (?:because|kwa sababu|since|which|ambayo|(?<!on )and|na|but|lakini) /u)[0]!
    .trim()
    .split(' ')
    .slice(0, 8)
    .join(' ');
  const sentence = `${ahead}${m[0].trim()} ${afterCue} `;
  // The next sentence may date it by pointing back ("… when i thought about ending it. that was ten years ago").
  const nextSentence = cs.find((x) => x.sentence === c.sentence + 1);
  // … or the next clause of the same sentence ("i attempted suicide but that was ten years ago").
  const nextClause = cs[i + 1];
  const backAt = (x: Clause | undefined) =>
    x !== undefined &&
    ((/^ (?:but |and )?(?:that|it|this) (?:was|happened) /u.test(x.text) && PAST_ANCHOR.test(x.text)) ||
      OVER_NOW.test(x.text));
  const pointsBack =
    backAt(nextClause) ||
    backAt(nextSentence) ||
    (nextSentence !== undefined &&
      /^ (?:that|it|this) (?:was|happened) /u.test(nextSentence.text) &&
      PAST_ANCHOR.test(nextSentence.text));
  const anchored = PAST_ANCHOR.test(sentence) || pointsBack || PLUPERFECT.test(` ${own}`) || frame.history;
  // Over, unless the clause also names something recent ("years ago and again last night") or its sentence says it
  // goes on ("when I was 12 … I still think about it", "…, wanted to kill myself, still do").
  // A cue told in the present ("years ago i was bullied and now i want to die") is not put in the past by the clause's
  // other words or the text's "now i am fine"; its own words can ("i used to want to die").
  // A cue told in the present or the future ("i will kill myself tonight", "nitajiua kesho") is never put in the past
  // by other words of its clause or text; only its own words can ("i used to want to die").
  const present =
    !toldAsPast && (PRESENT.test(` ${own}`) || FUTURE.test(` ${own}`)) && !/ (?:nilikuwa|tulikuwa) /u.test(` ${own}`);
  // A joined predicate takes the past of the verb before it only when its own sentence places that past before now,
  // ahead of it ("two years ago, i was an addict and suicidal"); otherwise the risk stands (it may be this week's).
  const joined = joinedPredicate(before);
  const joinedTold =
    joined !== null && PAST_TENSE.test(` ${joined} `) && !PRESENT.test(` ${joined} `) && !PRESENT.test(m[0]);
  const joinedPast = joinedTold && (HISTORY.test(ahead) || PAST_ANCHOR.test(ahead));
  const past =
    (joinedPast ||
      // The past in the words governing the cue ("i used to want to die"); only right before a cue told in the present.
      HISTORY.test(` ${verbPhrase(present ? lastWords(before, 3) : before)} ${m[0].trim()} `) ||
      ((HISTORY.test(c.text) || text.recovered || RECOVERED_HERE.test(sentence)) && !present) ||
      ((toldAsPast || toldLoosely) && anchored)) &&
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
  // A recent time right after the cue dates it ("… and i tried to kill myself last night"), unless it starts the next
  // statement that speech-to-text ran on ("a year ago i was suicidal today things are better").
  const next = text
    .slice(m.index + m[0].length - 1)
    .trim()
    .split(' ')
    .slice(0, 5)
    .join(' ');
  if (RECENT_SPECIFIC.test(` ${next.split(' ').slice(0, 3).join(' ')} `)) return true;
  if (/^(?:\p{L}+ )?(?:today|tonight|leo)(?: (?:and|but|so|then|na|lakini)\b| ?$)/u.test(next)) return true;
  // A time still to come after the cue ("… i will kill myself tonight when everyone sleeps") dates it too.
  if (TIMING.test(` ${next} `)) return true;
  // A specific recent time before the cue keeps it current ("last night, after talking about my divorce years ago, i
  // tried …"); a bare "today" opening a check-in does not ("today was good … three years ago i tried": years ago).
  if (RECENT_SPECIFIC.test(before)) return true;
  const lastRecent = lastIndex(RECENT, before);
  const lastPast = Math.max(lastIndex(HISTORY, before), lastIndex(PAST_ANCHOR, before));
  if (lastRecent >= 0) return lastRecent > lastPast;
  const after = text.slice(m.index + m[0].length - 1);
  return RECENT.test(after) && lastPast < 0;
}

/** A short next sentence saying it is over ("i dont anymore", "that feels like another person"). */
const OVER_NOW =
  /^ (?:(?:but )?i (?:dont|do not|stopped)(?: do it)?(?: anymore)?|not anymore|that (?:feels|seems) like (?:another|a different) (?:person|life)|those days are (?:far )?behind me) $/u;
const lastWords = (t: string, n: number) => t.trim().split(/\s+/u).slice(-n).join(' ');
const firstWords = (t: string, n: number) => t.trim().split(/\s+/u).slice(0, n).join(' ');
/** The clauses of cue clause i's sentence before it and after it, at most six each: a window, not the transcript. */
const sameSentenceBefore = (cs: Clause[], i: number) =>
  cs
    .slice(Math.max(0, i - 6), i)
    .filter((x) => x.sentence === cs[i]!.sentence)
    .map((x) => x.text)
    .join(' ');
const sameSentenceAfter = (cs: Clause[], i: number) =>
  cs
    .slice(i + 1, i + 7)
    .filter((x) => x.sentence === cs[i]!.sentence)
    .map((x) => x.text)
    .join(' ');
/** Told of the future: will, going to, Swahili nita-, a decision made ("nimeamua"). */
const FUTURE = / (?:will|ll|going to|gonna|shall|should|must|nita\p{L}+|nime(?:sha)?(?:amua|panga|decide)) /u;

/** Recent times that date an act when they follow it ("yesterday", "last night"), unlike a bare "today" that often
 * opens the next statement. */
const RECENT_SPECIFIC =
  / (?:last night|yesterday|this morning|this afternoon|this evening|this week|last week|a few days ago|(?:an|one|a few|\p{L}+) (?:hours?|minutes?) ago|earlier today|(?<!mwaka |wiki |mwezi )jana|juzi|usiku|asubuhi|wiki hii) /u;

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
  const rest = ` ${firstWords(`${c.text.slice(m.index + m[0].length)} ${sameSentenceAfter(cs, i)}`, 40)} `;
  // "… when i was fourteen i used to cut myself … and last night i did it again": a recent time with "again" later on.
  const againNow = /(?: again | tena )/u.test(rest) && RECENT_SPECIFIC.test(rest);
  return (
    againNow ||
    CONTINUING.test(near) ||
    (next !== undefined && CONTINUING.test(next.text) && next.text.split(' ').length < 16) ||
    STILL_WANTING.test(rest)
  );
}
