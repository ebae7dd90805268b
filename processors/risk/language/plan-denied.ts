import { AFTER_ACT, FEW, FILL, TIME, TURN } from './act-after-denial.js';
import type { Around } from './left-open.js';
import { everydayAfter } from './taken-back.js';

// A plan denied and what takes the denial back (session 58; red teams 276, 281; code reviews 278–280). "i dont have a
// plan to kill myself" and "i have never planned to end my life" are denials (reading.ts, patterns.ts), but a plan
// denied is often what a clinician asked and the speaker goes on to tell the act, the plan after all, or a day and a
// farewell: "i never planned to kill myself, i just did it", "… but the how and the when i have figured out".

/** The plan is what the denial names ("i never planned to kill myself"). A Swahili one ("sikupanga kujiua") is no
 * denial to the rules at all: made one, it lowered "sijapanga kujiua lakini najua nitafanya". */
const PLAN_DENIED = / (?:plan|planned|planning)(?= )/u;

/** The act told as done on impulse, right after the denial: "i just did it", "it just happened", "nilijaribu tu" (an
 * attempt unplanned is an attempt; C-SSRS). */
const ON_IMPULSE = new RegExp(
  `^ (?:${FILL} )${FEW}(?:${TURN} )?(?:${[
    'i (?:just )?(?:did it|went (?:ahead and did it|for it|through with it)|acted on it|snapped and did it)',
    'i (?:just )?(?:took|swallowed|drank) (?:them|it|all of them|everything)|(?:nilimeza|nilikunywa) tu',
    'it (?:just )?happened|it was (?:impulsive|sudden|a split second (?:thing|decision))',
    '(?:nilijaribu|nilifanya|ilitokea|nilijikuta nimefanya) tu|ghafla (?:tu )?(?:nikajaribu|nikafanya)',
  ].join('|')})(?: ${TIME})?${AFTER_ACT}`,
  'u',
);

/** Said after a turn ("but", "lakini"): the wish now, intent, the thoughts ("… but i want to now", "… but i think about
 * it every day", "… lakini nitafanya"); not "i dont even think about it" nor "nawaza tu kuhusu kazi" (code review 280). */
const TURNED = new RegExp(
  ` (?:but|lakini|ila|though|tho) (?:${[
    '(?:i )?(?:want|wanna) to now|i do now|now i (?:do|want to)|nina (?:mpango|plan) sasa',
    '(?:i )?(?:still )?(?:think|thinking) (?:about|of) it|(?:na)?(?:waza|fikiria) (?:hivyo|hilo|hayo|kuhusu hilo)',
  ].join('|')})(?= |$)`,
  'u',
);

/** Anywhere after it: an attempt (with a time, again or nothing after, not "i tried yoga"), one's body cut, waking in
 * hospital, intent, the plan had after all, a day set, a farewell made, a burden lifted, a sleep not woken from (red
 * teams 276, 281; code reviews 278–280). Everyday senses are left out: "i cut my hair", "i know where to get help",
 * "its all set for my graduation", "now i have a new job", "my baby came early it just happened". */
const ACT_TOLD = new RegExp(
  ` (?:${[
    'i (?:have |ve |had )?(?:just |only |still )?(?:tried|attempted)(?= *$| (?:again|last|yesterday|today|this|on|in|when|and|but|it|once|twice|before|to (?:do it|end it|kill myself|end my life))(?= |$))',
    'i (?:just |only )?(?:did it|took them(?= *$| (?:all|last|yesterday|today|tonight|and)(?= )))|woke up in (?:the )?hospital|ended up in (?:the )?(?:hospital|icu)|impulsive',
    'nilijaribu|nikajaribu|now i have (?:a plan|one)(?= *$| (?:and|so|but)(?= |$))|i have (?:a plan|one) now(?= *$)',
    'i (?:just |still )?cut (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))|i cut(?= *$| (?:again|last|yesterday|today|tonight|this|every|once)(?= ))|nilijikata|nimejikata',
    'i (?:will|am going to|am gonna) (?:just |still )?do it|nitafanya',
    '(?:the )?how and (?:the )?when',
    '(?:its|it is|everything is) (?:all )?(?:sorted|set|ready)(?! (?:for|to|with|at|in)(?= ))',
    '(?:na|nimesha|nisha)jua (?:tu )?(?:lini|vipi|jinsi|siku|saa)',
    'settled it|the date is|(?:is|will be) when (?:everything|it all) (?:stops|ends)|(?:everything|it all) (?:stops|ends) for me',
    '(?:written|wrote|writing) (?:the |my |some )?(?:letters|a letter|a note|notes)|wosia|(?:my|the) (?:phone )?password|(?:once|after) (?:i am|im) gone',
    'sitakuwa (?:shida|mzigo|hapa)|(?:wont|will not) be (?:here|around|a (?:burden|problem))|(?:lighter|better off) without me',
    '(?:not|never|forgets? to|forget to) wake (?:me )?up',
    // Code review 282: a day picked, the means gathered, the urge, a maybe, no future seen, the edge.
    '(?:picked|chosen|chose|set|fixed) (?:the|a) (?:day|date|time|place)|\\p{L}+day is the (?:day|night)|everything i need',
    '(?:the )?urges?|(?:might|may|could) (?:just )?do it|(?:collecting|saving|stocking|hoarding) (?:them|it|up)',
    'found myself doing it|(?:dont|do not|cant|cannot) see myself (?:here|alive|around)|(?:stood|standing) at the edge',
    // Code review 284: the how or the day known, a way or the means had, searched or bought, the denial told to be let go.
    'i (?:already |exactly |\\p{L}+ )?know (?:exactly )?(?:the )?(?:how|when|where|day|date|time)(?! to (?:get|find|ask|cope|call|reach)(?= ))',
    'i have (?:a|the) (?:way|method|date|day|means)|i have (?:two|three|four|a few|enough)(?= *$| (?:now|already|ready|hidden)(?= ))',
    'looking up (?:ways|how)|researching|(?:bought|got|have) what i need|cant go on',
    'so (?:they|she|he|theyd|shed|hed) (?:would |d |will |could |can )?(?:let me|discharge)|not true',
  ].join('|')})(?= |$)`,
  'u',
);

/** The plan denials read as denials since session 58 ("i dont have a plan to", "i have never planned to"); the older
 * ones ("no plan to", "any plan", "dont plan on") are read as they were (train2's "… i dont plan on committing suicide
 * but im just so confused" is no crisis). */
const NEWLY_DENIED = / (?:(?:have|had|having|got) a plan|planned)(?= )/u;
/** The rest of the denied words when the cue ended before them. */
const CUE_LEFT = /^ *(?:my ?self|my (?:own )?life|it all|suicide|maisha yangu)(?= |$)/u;
/** Set while the words after a plan denied are read alone (planDeniedThenRaised). */
let readingAlone = false;
/** Words after the denial read alone, at most: longer, what follows is not read alone (each reading may read its own). */
const READ_ALONE_WORDS = 60;
/** A plan denied stands only when nothing follows it or what follows is an everyday sentence of its own that takes
 * nothing back (taken-back.ts, as after any denial; it reads the rest alone by the rules and the learned warning
 * signs): "I don't have a plan to kill myself. I already bought what I need.", "… i dont need one", "… this is my last
 * message", "… manze niko ready tu" keep the alarm (code reviews 284, 286). Past READ_ALONE_WORDS the denial is no
 * denial (the graver reading, as before session 58). Inside that reading a plan denied again is a denial, so "i dont
 * have a plan to kill myself. i dont plan to hurt myself either" is read once, one level deep. */
export function planDeniedThenRaised(
  before: string,
  cue: string,
  rest: string,
  quiet: (text: string) => boolean,
): boolean {
  // What a shorter cue left of the denied words ("have a plan to kill [myself]") is not what follows them.
  const after = rest.replace(CUE_LEFT, ' ');
  if (!NEWLY_DENIED.test(` ${before}${cue} `) || after.trim() === '' || readingAlone) return false;
  if (after.trim().split(/\s+/u).length > READ_ALONE_WORDS) return true;
  readingAlone = true;
  try {
    // An everyday sentence takes nothing back already: everydayAfter holds only where takesBack would not.
    return !everydayAfter(after, '', quiet);
  } finally {
    readingAlone = false;
  }
}

/** A plan denied, then the act on impulse, a turn to the wish or intent, or the act or plan told later. */
export function actedOnImpulse(rest: string, around: Around): boolean {
  if (!PLAN_DENIED.test(` ${around.before}${around.cue} `)) return false;
  // The words read alone at most: past them the denial is no denial anyway (planDeniedThenRaised), and reading a whole
  // flood for each clause of it is quadratic.
  const near = ` ${rest
    .trim()
    .split(/\s+/u)
    .slice(0, READ_ALONE_WORDS + 1)
    .join(' ')} `;
  return ON_IMPULSE.test(near) || TURNED.test(near) || ACT_TOLD.test(near);
}

/** After any denial, the act promised right after it with a turn ("i dont want to kill myself but i will do it", "…
 * lakini nitafanya"): the denial is of wanting, not of doing. Not after something else named between ("… the project
 * is hard but i will do it"; code review 280). */
const WILL_DO_IT = new RegExp(
  `^ (?:${FILL} )${FEW}(?:but|lakini|ila) (?:i know |najua )?(?:i (?:will|am going to|am gonna) (?:just |still )?do it|nitafanya(?: tu)?)(?= *$| (?:anyway|soon|tu|hivi karibuni) *$)`,
  'u',
);
export const willDoIt = (rest: string): boolean => WILL_DO_IT.test(rest);
