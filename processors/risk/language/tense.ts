import { sentenceGoesOn } from './continuing.js';
import { normaliseWords, wordCount, type Clause } from './normalise.js';
import { HISTORY, MILDER_NOW, PAST_ANCHOR, PAST_TENSE, STILL_SO, PLUPERFECT, PRESENT, RECENT } from './patterns.js';
import { datedRightAfter, onlyOtherThingsRecent, toldAsOver, usedToNoun } from './dated-other.js';
import { lastWordsAfterJoin, ownWords, sentenceFrame } from './reading.js';
import { DAYS, SIKU } from './planned-words.js';
import { repeatedLater } from './repeated.js';

// When a cue happened: now, over (history), or told in the past with no time (a follow-up). When unsure, the rules
// keep the risk (RULES.md, "How a clause is judged", 5–6). Five reviews of the exceptions added on 2026-12-01 found
// that every new way of reading a crisis as over also swallowed crises told in run-on speech, so this reading stays
// the conservative one of before that day, with changes that only keep a cue current: a cue told in the present or the
// future is never put in the past by other words of its clause or text, and more words say now (PRESENT, RECENT,
// CONTINUING). Session 52 narrowed one of them, after five red teams: an "again" or a Swahili "back" after the cue said
// of an everyday doing, a wellbeing or a thing (continuing.ts).

/** Being or getting used to something now: "i am / got (so) used to". */
const USED_TO_AUX = '(?:am|im|m|got|gotten|getting|get)(?: so| really)?';
/** "i am / got used to" a noun: used to it now. */
const USED_TO_NOW = new RegExp(` ${USED_TO_AUX} used to(?: the| a| an| my)? $`, 'u');
/** A habit said to go on ("still", "siku hizi", "a normal thing for me now"); not "every day", the adverb of a past
 * habit as often ("i used to cutting myself every day but i have been clean for two years"). */
const GOES_ON = / (?:still|bado|these days|siku hizi|(?:a )?normal(?: thing)? for me)(?= |$)/u;
/** "am / got used to" before an -ing form ("i am used to wanting to die"), or a bare "used to" so with a habit said to
 * go on (STT drops "am": "i used to wanting to die its normal for me now"); not "thing", "evening". */
const USED_TO_BEFORE = new RegExp(
  ` (?:(${USED_TO_AUX}) )?used to(?: (?:thinking|dreaming|talking|wishing)(?: about| of)?| the (?:idea|thought|thoughts) of)? $`,
  'u',
);
const usedToIng = (before: string, cue: string, clause: string): boolean => {
  const used = USED_TO_BEFORE.exec(` ${before.trim()} `);
  return (
    used !== null &&
    (used[1] !== undefined || GOES_ON.test(clause)) &&
    /^ (?:self )?\p{L}{2,}ing /u.test(cue) &&
    !/^ (?:\p{L}*thing|evening|morning|spring|bring|king|ring|sing|during) /u.test(cue)
  );
};
/** The speaker saying the habit is over ("… but stopped years ago": STT drops the "i"): stopped, clean, helped for it,
 * "it was years ago", "back in high school", well now (not "okay with it"); not another's "quit" or "helped me carry". */
const OVER_SINCE = new RegExp(
  [
    ' (?:i|but|and)(?: have| had)? (?:stopped|quit)(?: (?:it|that|cutting|doing it|self harming|hurting myself))?(?= $| (?:\\p{L}+ )?(?:years?|months?|long) ago| (?:since|for|in|after|when|now|completely)\\b)',
    ' (?:it|that) was (?:\\p{L}+ )?(?:years?|months?|long) ago',
    ' (?:when i was|back) in (?:high school|primary|form \\p{L}+|campus)(?= |$)',
    ' (?:now i am|i am now|now im|im now) (?:okay|ok|fine|better|well|good)(?! with)(?= |$)',
    ' (?:i have been clean|ive been clean|clean for|i got help for it|(?:therapy|counselling|counseling) helped)(?= |$)',
    ' i no longer (?:do|feel|think|want) (?:it|that|this|so|like that)(?= |$)',
  ].join('|'),
  'u',
);
/** … not a helper's: "as a counsellor i am used to suicidal thoughts from my clients". */
const OTHERS_THOUGHTS =
  / (?:from|in|of|with) (?:my |our )?(?:clients|patients|students|callers|members|congregation)(?= |$)/u;
/** A wellbeing told of now, for "i used to <noun>" ("… but now i am okay"); not "i got help" nor "recovery". */
const WELL_TOLD_NOW =
  / (?:now i am|i am now|now im|im now|i am|im) (?:okay|ok|fine|better|well|good|doing (?:well|better|fine))(?: now)?(?= |$)/u;

/** What the whole text says about time, worked out once per text. */
export interface TextTime {
  recovered: boolean;
  /** A past anchor ("last year", "in my first year") stands in the cue's sentence, or in a later one that speaks of it. */
  anchored: boolean;
  /** … only in another sentence, which may date another event ("last year i lost my job. i tried to kill myself"). */
  anchoredElsewhere: boolean;
  recent: boolean;
  /** Where in the cue's clause a past said of what came before it starts ("… that was in 2019"), or -1. */
  backAnchorAt: number;
  /** A later clause says so. */
  backAnchoredLater: boolean;
  /** The check-in as written, for what normalising drops (emoji, links). */
  written: string;
}

/** A recent day that RECENT leaves out ("on saturday", "two nights ago", "ijumaa"), English weekdays only with "on" or
 * "last": a bare one in run-on speech may open the next sentence ("i used to self harm sunday i am celebrating …"). */
const DAY = `(?:(?:on|last) (?:${DAYS})(?: night| morning| evening)?|(?:over|at|during|on) the weekend|this (?:past )?weekend|this past week|(?:\\p{N}+|a|one|two|three|a few|a couple of) nights? ago|(?:a|one) month (?:ago|back)|in the last (?:few |couple of )?(?:days|weeks)|(?:siku ya )?(?:${SIKU})(?: usiku| jioni| asubuhi)?|wikendi(?: hii| iliyopita)?|weekend (?:hii|iliyopita)|mwezi (?:huu|uliopita))`;
/** … said right after the cue and ending its clause or run-on stretch ("i tried to kill myself on saturday", "…
 * twice this past week and …"), not "on a saturday two years ago" nor "saturday is my wedding". */
const DAY_AFTER = new RegExp(
  `^ (?:(?:twice|again|tena|mara mbili) )?${DAY}(?: (?:and|but|na|lakini|ila|so) | *$)`,
  'u',
);
/** … or opening the clause right before the cue's subject ("on friday i tried …", "ijumaa nilijaribu kujiua"). */
const DAY_BEFORE = new RegExp(`^ ${DAY}(?: i| me| mimi)? *$`, 'u');
/** Whether such a day stands right after a cue (`after`, the clause's words after it) or right before it (`lead`). */
const dayAt = (after: string, lead: string): boolean =>
  DAY_AFTER.test(` ${after.trim()} `) || DAY_BEFORE.test(` ${lead.trim()} `);
/** Whether such a day dates cue `m` of clause `c`, unless it is told as a habit of the past ("i used to …"). */
const dayAtCue = (c: Clause, m: RegExpExecArray, before: string): boolean =>
  dayAt(c.text.slice(m.index + m[0].length), before) && !HISTORY.test(` ${governing(before)} ${m[0].trim()} `);

/** The crisis inside a story told, remembered or dreamt ("… and i told my group how i tried to kill myself on monday"). */
const TOLD =
  / (?:how|about|when|where|that|time|night|day|story|testimony|told|tell|shared|share|talked|talk|explained|remembered|remember|dreamt|dreamed|wrote|watched|read|jinsi|kuhusu|ushuhuda|niliwaeleza|nilimweleza|nilisimulia|nilikumbuka|niliota|niliandika) /u;
const RUN_ON_JOINS = ['and', 'but', 'then', 'na', 'lakini', 'halafu', 'ila'];
/** Run-on speech: the clause's time dates another event joined before the cue, with a day at the cue ("my husband left
 * me last year and on sunday i tried to kill myself"); not a time said alone ("ten years ago, on sunday i tried …"),
 * nor one with no joining word between ("at age 16 i attempted suicide over the weekend"). */
function otherEventDated(cs: Clause[], i: number, m: RegExpExecArray, before: string): boolean {
  const c = cs[i]!;
  if (cs.some((x, k) => k !== i && x.sentence === c.sentence && PAST_ANCHOR.test(x.text))) return false;
  const words = before.trim().split(' ');
  const join = Math.max(...RUN_ON_JOINS.map((w) => words.lastIndexOf(w)));
  if (join < 0) return false;
  const event = ` ${words.slice(0, join).join(' ')} `;
  // The words between the joining word and the cue.
  const lead = ` ${words.slice(join + 1).join(' ')} `;
  const rest = `${lead}${c.text.slice(m.index)}`;
  return (
    (PAST_ANCHOR.test(event) || HISTORY.test(event)) &&
    !PAST_ANCHOR.test(rest) &&
    !HISTORY.test(rest) &&
    !TOLD.test(lead) &&
    / (?:i|my|he|she|they|we|his|her|our|(?:nili|ali|wali|tuli)\p{L}{2,}) /u.test(event) &&
    dayAt(c.text.slice(m.index + m[0].length), lead)
  );
}

/** Told of the future: will, going to, Swahili nita-, not being or waking any more ("sitakuwepo", "sitaamka"), a
 * decision made ("nimeamua"). */
const FUTURE =
  / (?:will|ll|going to|gonna|shall|should|must|nita\p{L}+|sitakuwepo|sitakuwa|sitaamka|sitarudi|sitaona|nime(?:sha)?(?:amua|panga|decide)) /u;
/** A turn to now right before the cue ("… years ago and now [i have bought a rope]", "… zamani na sasa [nimenunua kamba]"). */
const NOW_BEFORE = / (?:now|sasa|sahii|sai) $/u;
/** The few words right before a cue, none before a joining word ("i used to [want to die]" keeps "i used to"; "my dad
 * died years ago and i [want to die]" keeps only "i"). */
const governing = (before: string) =>
  lastWordsAfterJoin(before, 3, ['and', 'but', 'so', 'then', 'now', 'lakini', 'sasa', 'halafu']);

/** Whether cue `m` of clause i is over ('history'), told in the past beside a sentence naming a time ('dated_elsewhere'),
 * told in the past with no time ('past_unclear'), or current (null). */
export function pastReading(
  cs: Clause[],
  i: number,
  m: RegExpExecArray,
  before: string,
  text: TextTime,
): 'history' | 'dated_elsewhere' | 'past_unclear' | null {
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
  const present = !toldAsPast && (PRESENT.test(` ${own}`) || FUTURE.test(` ${own}`) || NOW_BEFORE.test(before));
  // Dated by the clause after it, the rest of the text may still say it goes on ("… That was in 2019. I still think …").
  const sameSentence = cs.filter((x) => x.sentence === c.sentence || (text.backAnchoredLater && cs.indexOf(x) > i));
  // Words after it saying it happened again or goes on ("… Last night I tried again.", "… I still do.") make it current
  // whatever dates it: neither history nor a past to follow up.
  if (repeatedLater(cs, i, c.text.slice(m.index + m[0].length))) return null;
  const over =
    // Over, unless the clause also names something recent ("years ago and again last night") or its sentence says it
    // goes on ("when I was 12 … I still think about it", "…, wanted to kill myself, still do") and not that what goes on
    // is milder ("… i still get sad sometimes but never like that anymore").
    (!RECENT.test(c.text) &&
      !(
        sentenceGoesOn(cs, i, before, sameSentence) &&
        !(sameSentence.some((x) => MILDER_NOW.test(x.text)) && !sameSentence.some((x) => STILL_SO.test(x.text)))
      )) ||
    // … or it is said as over right before it and every recent time and "again" of the check-in dates something else
    // ("i used to self harm and today i feel good"; not an undated act, "i cut myself today i am fine": review 42).
    // … or dated right after it ("i tried to end my life years ago and today i am fine").
    ((toldAsOver(text.written, governing(before), m[0]) || datedRightAfter(c, m, text.written)) &&
      onlyOtherThingsRecent(cs, i, m));
  const otherDated = toldAsPast && otherEventDated(cs, i, m, before);
  // "used to" before a noun is "I'm used to" (review 49): it dates nothing, other past words of the clause still may.
  const usedTo = usedToNoun(governing(before), m[0]);
  // "i am used to suicidal thoughts", "i got used to the urges": used to them now.
  if (usedTo && USED_TO_NOW.test(` ${before.trim()} `) && !OTHERS_THOUGHTS.test(c.text)) return null;
  // "i am used to wanting to die": the habit now, unless the check-in says it is over ("… in high school but i stopped").
  if (
    usedToIng(before, m[0], c.text) &&
    !OTHERS_THOUGHTS.test(c.text) &&
    !OVER_SINCE.test(` ${normaliseWords(text.written)} `)
  )
    return null;
  const clause = usedTo
    ? `${before.replace(/ used to(?: (?:the|a|an|my))? *$/u, ' ')}${c.text.slice(m.index)}`
    : c.text;
  const saidOver = !usedTo && HISTORY.test(` ${governing(before)} ${m[0].trim()} `);
  const wellNow = usedTo && WELL_TOLD_NOW.test(` ${normaliseWords(text.written)} `);
  const clauseOver = (((HISTORY.test(clause) && !otherDated) || text.recovered) && !present) || wellNow;
  const past = (saidOver || clauseOver || (toldAsPast && anchored && !otherDated)) && over;
  if (past) return 'history';
  // … read as "I used to (have)" it is over: either way it is followed up, not escalated.
  if (usedTo && over) return 'past_unclear';
  if (otherDated) return null;
  // A past told beside a sentence that names a time: maybe its date, maybe another event's ("last year i lost my job. i
  // tried to kill myself"); followed up whatever its tier, neither history nor an escalation.
  // … unless a recent day is said right at it ("a year ago she left me. i tried to kill myself on saturday"): current.
  if (toldAsPast && text.anchoredElsewhere && over) return dayAtCue(c, m, before) ? null : 'dated_elsewhere';
  // Thoughts told in the past with no time at all: maybe over, maybe this week; followed up, not escalated.
  if (toldAsPast && !text.recent) return 'past_unclear';
  return null;
}
