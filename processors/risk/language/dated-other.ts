import type { Clause } from './normalise.js';
import { HISTORY, pastYears, PRESENT } from './patterns.js';

// A history of self-harm or ideation stays history when the check-in says nothing else but a wellbeing dated now ("i
// used to self harm and today i feel good") or an everyday doing ("… but yesterday i went to church again"), with
// joining and good-news words. Any other word keeps the older reading (review 40: a closed list of act words let 48
// crises told in other words fall; "it helped" may mean the act, review 42).

const RECENT_WORDS =
  '(?:today|yesterday|last night|this morning|this week|last week|last weekend|these days|nowadays|currently|right now|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|leo|jana|juzi|wiki hii|siku hizi|asubuhi)';
/** Not a reason, object or time tied to it: "… at peace with it", "… because …", "… niko sawa na kufa". */
const ENDS =
  '(?= $| (?!(?:with|about|to|for|at|if|when|that|because|since|as|after|knowing|now|doing|dying|cutting|ni|kwa|kwamba|kwasababu|baada|tangu|na)\\b))';
/** A time that dates a wellbeing: "today i feel good", "this week i am doing better", "leo niko sawa". */
const WELL = `${RECENT_WORDS} (?:i am|am|i feel|i am feeling|i have been|feeling|niko|nimekuwa|najisikia) (?:much |a lot |so |really |very |quite |pretty |totally )?(?:good|fine|ok|okay|better|happy|great|well|doing (?:well|good|great|better|fine|okay|ok)|in a good place|healthy|strong|stronger|grateful to be alive|grateful|blessed|proud of myself|hopeful|sawa|poa|salama|vizuri|fiti|mzima|bora|na furaha|mwenye furaha)${ENDS}`;
/** An everyday doing, maybe dated, maybe "again": "yesterday i went to therapy again", "jana nilienda kanisani tena". */
const DOING = `(?:${RECENT_WORDS} )?(?:i |and i |ni)?(?:(?:went|go|going|gone|came|come) (?:back )?to (?:therapy|church|school|work|class|classes|the gym|gym|counselling|counseling|my counsellor|my counselor|the support group|support group|group therapy|campus|college|uni|university|the village|shags|ocha|mass|the market|my exams?)|(?:went|go|going) (?:swimming|hiking|dancing|jogging|running)|slept (?:well|fine|through the night)|(?:laughed|smiled|danced|sang|cooked|played football|visited (?:my )?(?:grandmother|grandma|grandparents|parents|family|friends?|cousins?|aunt|auntie|uncle|relatives|the village|church))|got (?:malaria|typhoid|the flu|flu|a cold)|missed (?:school|class|classes|work|lunch)|(?:nili|nime|tuli|tume)(?:enda|rudi) (?:kanisani|shule|shuleni|kazini|darasani|kwa counsel(?:l)?or|kwa daktari|gym|chuo|ocha|shagz|shags)|(?:nili|nime)(?:imba|cheka|pika|lala vizuri|cheza))(?: again| tena)?${ENDS}`;
const OTHER_THINGS = new RegExp(` (?:${WELL}|${DOING})`, 'gu');
const ANY_OTHER_THING = new RegExp(OTHER_THINGS.source, 'u');
/** Words that may lead a history in its clause: "i used to", "years ago i", "zamani nilikuwa". */
const LEAD = new Set(
  'i used to years months ago in the past when was a long time once as kid child teen teenager back then high school zamani nilikuwa nilikua miaka iliyopita nilipokuwa be have had mdogo shule'.split(
    ' ',
  ),
);
/** Words that may be left beside the wellbeing or the doing: joining words and good news. */
const BESIDE = new Set(
  'and but so though i it was is am really so very thank thanks god lord praise the alhamdulillah nice fun good great amazing proud of myself grateful kabisa sana lakini na ila sasa asante mungu ni mwema yesu'.split(
    ' ',
  ),
);

const allIn = (t: string, words: ReadonlySet<string>) => t.split(' ').every((w) => !w || words.has(w));

/** A past that dates an act: "years ago", "in 2017", "when i was 15", "zamani", "miaka mitatu iliyopita"; not a habit
 * ("i used to"), "miaka mingi" (for many years, maybe still), a clock time ("when i was alone at 2 am") nor a school
 * or college, which may be now (a code review, session 49). */
const DATE = `(?:(?:\\p{N}+|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a few|a couple of) years ago|years ago|a long time ago|long ago|(?:back |way back )?(?:in|mwaka(?: wa)?) ${pastYears(new Date().getFullYear() - 1)}|when i was (?:(?:\\p{L}+ ){0,2}(?:young|younger|a kid|a child|a teen|teenager)|\\p{N}+(?: years old)?)|at (?:the )?age (?:of )?\\p{N}+|as a (?:teen|teenager|kid|child)|in my teens|zamani|miaka (?:\\p{N}+ |\\p{L}+ )?iliyopita|nilipokuwa (?:mdogo|mtoto))`;
/** … said right after the act: "i tried to end my life [years ago] and today i am fine". */
const DATED_RIGHT_AFTER = new RegExp(`^ ${DATE}(?= )`, 'u');
/** Whether cue `cue` of clause `c` is dated right after it, told in a past form in a plain check-in (as toldAsOver). */
export const datedRightAfter = (c: Clause, cue: RegExpExecArray, written: string): boolean =>
  afterItsDate(c, cue) !== null && pastAndPlain(written, ` ${c.text.slice(0, cue.index).trim()} `, cue[0]);

/** The words after cue `cue` of its clause, less such a past right after it; null when none is said there. */
function afterItsDate(c: Clause, cue: RegExpExecArray): string | null {
  const after = ` ${c.text.slice(cue.index + cue[0].length).trim()} `;
  const d = DATED_RIGHT_AFTER.exec(after);
  return d ? after.slice(d[0].length) : null;
}

/** Whether the check-in is cue `cue` of clause `at`, led only by words of a past (or dated right after it), and then
 * only a wellbeing or an everyday doing told with joining and good-news words: the recent time and "again" date those,
 * not the act. */
export function onlyOtherThingsRecent(cs: Clause[], at: number, cue: RegExpExecArray): boolean {
  const c = cs[at]!;
  const own = afterItsDate(c, cue) ?? c.text.slice(cue.index + cue[0].length);
  const after = [own, ...cs.slice(at + 1).map((x) => x.text)].join(' ');
  if (!ANY_OTHER_THING.test(` ${after} `)) return false;
  const leftover = ` ${after} `.replace(OTHER_THINGS, ' ');
  return (
    cs.slice(0, at).every((x) => allIn(x.text, LEAD)) &&
    allIn(c.text.slice(0, cue.index), LEAD) &&
    allIn(leftover, BESIDE)
  );
}

/** Anything written but letters, digits, plain punctuation and a few smiles and hearts: an emoji, a link's sign or
 * letters drawn as symbols (🅘 🅒🅤🅣, braille) may carry the act, and normalising drops them (reviews 49, 51). */
const NOT_PLAIN =
  /[^\p{L}\p{N}\p{M}\s.,!?'\u2018\u2019"\u201c\u201d:;()\-\u2026\u2013\u2014\u{1F60A}\u{1F642}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u263A\u2764]/u;
/** Variation selectors and joiners that dress a heart or a face. */
const DRESSING = /[\uFE0F\u200D]/gu;

/** Whether the words before cue `cue` (`lead`) tell it as over: a history phrase, not "miaka mingi" (for many years,
 * still), nor "used to" before an -ing form ("i used to cutting myself": I'm used to), nor a present ("in the past i
 * want to die"), nor a Swahili verb not marked past ("zamani nimeamua kujiua", "zamani nishaamua", "zamani ninajikata":
 * for ages, still; only "nilikuwa" before it or a nili- verb; reviews 43 and 46). */
export function toldAsOver(written: string, lead: string, cue: string): boolean {
  const g = ` ${lead.trim()} `;
  return (
    HISTORY.test(g) &&
    !(/ miaka mingi /u.test(g) && !/ iliyopita /u.test(g)) &&
    !(/ used to $/u.test(g) && /^ (?:self )?\p{L}+ing /u.test(cue)) &&
    !usedToNoun(g, cue) &&
    pastAndPlain(written, g, cue)
  );
}

/** "used to" before a noun is "I'm used to" ("i used to suicidal thoughts": review 49). */
export function usedToNoun(lead: string, cue: string): boolean {
  const g = ` ${lead.trim()} `;
  return (
    / used to (?:the|a|an|my) $/u.test(g) ||
    (/ used to $/u.test(g) &&
      /^ (?:the|a|an|my|urges?|suicidal (?:thoughts?|ideas?|feelings?|urges?)|suicide|thoughts?|feelings?|ideas?) /u.test(
        cue,
      ))
  );
}

/** The cue told in a past form after `g`, and nothing written that normalising drops. */
function pastAndPlain(written: string, g: string, cue: string): boolean {
  return (
    // A cue in the present after a past ("in the past i want to die"): the want is now.
    !(PRESENT.test(` ${cue.trim()} `) && !/ (?:used to|nilikuwa|nilikua) $/u.test(g)) &&
    !(/^ n\p{L}{2,} /u.test(cue) && !/ (?:nilikuwa|nilikua) $/u.test(g) && !/^ nili(?!sha)\p{L}{2,} /u.test(cue)) &&
    !/^ si\p{L}{2,} /u.test(cue) &&
    // Emoji, links and letters drawn as symbols may carry the act.
    !NOT_PLAIN.test(written.replace(DRESSING, ''))
  );
}
