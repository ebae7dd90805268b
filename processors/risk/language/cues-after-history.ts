import type { Cue } from './patterns.js';
import {
  FAILED_BEFORE,
  JOKE,
  MEANS_EVERYDAY,
  MEANS_EVERYDAY_SENTENCE,
  MEANS_GOT,
  NOT_MINE_BEFORE,
  OWN_MEDICINE,
  OWN_SUICIDE,
  PESTS,
  PILLS_HIDDEN,
  STORY,
  STORY_WHOLE,
  WELL_NOW,
  WHEN,
} from './after-history-words.js';
import { anyOf } from './farewell-closers.js';
import { DAYS, SIKU } from './planned-words.js';
import { re } from './words.js';

// A means got, a plan made, a day picked or a vow that "this time it works", said where the same check-in tells the
// speaker's own suicide attempt or wish, past or present (session 46): "i tried to kill myself years ago. today i bought
// rat poison", "i was suicidal in high school. lately i've started planning it again", "suicidal thoughts every day.
// i'm planning it for next week", "nilijaribu kujiua zamani, safari hii sitashindwa" were low. Alone each says everyday
// things (a rope for the goats, a business plan, an exam); the suicide told beside it says what it is for. Raise only
// (patterns.ts LATER_CUES); the cue's own clause is dated as any cue is ("years ago i bought a rope" stays history).

/** Both said somewhere in the check-in (an `onlyWhole` of two parts). */
const both = (a: RegExp, b: string) => new RegExp(`^(?=[\\s\\S]*(?:${a.source}))(?=[\\s\\S]*(?:${b}))`, 'u');

/** An exam, a course, a business or a loan: what a plan or "this time i wont fail" is also said of. */
const TASK =
  'exams?|tests?|paper|papers|kcse|kcpe|interview|course|unit|units|semester|driving|business|biashara|mtihani|mitihani|usaili|diet|gym|loan|mkopo|dating|relationship|marriage|ndoa|session|forms|ugali|cooking|kupika';
/** … and, for a vow, a job, a harvest or a treatment that failed before. */
const TASK_VOW = re(
  ` (?:${TASK}|job|kazi|farming|kilimo|season|harvest|mavuno|medication|medicine|treatment|dawa|therapy|tiba|form|kidato|cpa|class|darasa|repeat\\p{L}*|visa|application|applied|planted|crop|mahindi|maize) `,
);
/** A wedding, a party or a ceremony in the check-in: what a day or a plan is set for (not others leaving for one). */
const CEREMONY = re(
  '(?<!(?:leaves|leave|goes|go|gone|away|travels|travel) for the|after (?:my |the |her |his )?(?:\\p{L}+s )?) (?:wedding|harusi|venue|ruracio|dowry|mahari|engaged|engagement|graduation|baptism|ubatizo|nitabatizwa|party|sherehe|introduction|tent|married|marry|kuoa|kuolewa) ',
);
/** Chores and errands anywhere in the check-in: what "that's when i will do it" may be. */
const CHORES = re(
  ' (?:laundry|mess|messy|tid\\p{L}*|clean\\p{L}*|wash\\p{L}*|dishes|cook\\p{L}*|sweep\\p{L}*|mop\\p{L}*|iron\\p{L}*|fold\\p{L}*|pack\\p{L}*|room|homework|assignment|essay|report|shopping|errands?|sokoni|market|kufua|kuosha|usafi|kusafisha|kupika|repair\\p{L}*|fix\\p{L}*|paint\\p{L}*|move out|moving|travel\\p{L}*|kusafiri|nitasafiri) ',
);
/** A day decided: "nimeamua ni hii wiki", "nimeshaamua kesho asubuhi". */
const DECIDED_DAY = `(?:nimeamua|nimeshaamua|nishaamua)(?: (?:ni|kwamba|ndio))? (?:hii wiki|wiki hii|kesho|leo usiku|usiku huu|wikendi hii|weekend hii|(?:${SIKU})(?: hii)?)(?: (?:asubuhi|usiku|jioni))?`;
/** … and said to be the end: "… ndio mwisho wangu", "… hiyo ndio siku". */
const DAY_IS_THE_END = '(?:hiyo |hii )?(?:ndio|ndo|ni) (?:mwisho|siku)';
/** A day decided, followed in its sentence by what is done then ("nimeamua kesho, nitaenda sokoni"). */
const DAY_SAID_OUT = new RegExp(` ${DECIDED_DAY} +(?!(?:asubuhi|usiku|jioni|${DAY_IS_THE_END})(?= |$))\\p{L}`, 'u');
/** Picking in Swahili and Sheng, with the object marker or without ("nimechagua", "nimeichagua", "nimepick"). */
const PICKED_SW = '(?:nime|nimesha|nisha)i?(?:chagua|pick)';
/** The end of a picked day's clause: there, or now, already, "this time", "its final", "ndio mwisho", "thats the day". */
const PICKED_END = `(?: (?:now|already|tayari|this time|its final|ni final|${DAY_IS_THE_END}|(?:ndio|ndo|ni) siku yangu(?: ya mwisho)?|(?:thats|that is) the day(?: (?:i am|i will|ill|i) (?:doing it|do it|go|going|leave|leaving|end it|ending it|die|dying))?(?: i am done)?))? $`;
/** What a day is picked for, said in its sentence ("we needed a day to visit mum", "i wanted a quiet day"); not "the
 * day to end it". */
const DAY_FOR = re(
  ` (?:(?:a |the )?(?:day|date|night|siku|tarehe) (?:to|for|of|ya|za|kwa)(?! (?:die|dying|end it|end my life|my death|kufa|kujiua|kifo|mwisho)\\b)|(?:wanted|needed|want|need|looking for|tunatafuta|natafuta) (?:a|the) (?:\\p{L}+ )?(?:day|date)|for (?:the|my|our|a|his|her) \\p{L}+) `,
);
/** The day picked: a weekday (this or next), a date, a holiday or a birthday. */
const PICKED_DAY = `(?:(?:a|the) day (?:its |it is |ni )?)?(?:(?:this|next) )?(?:${DAYS})(?: night)?|the \\p{N}+(?:st|nd|rd|th)?|christmas(?: eve| day)?|new years?(?: eve| day)?|easter|my birthday`;
/** Anywhere in the check-in: a church, a trip, a meeting, a clinic, a funeral or a match, which a day is picked for. */
const PICKED_ELSEWHERE = re(
  ' (?:church|kanisa|kanisani|choir|service|ibada|trip|safari|tour|meeting|mkutano|clinic|kliniki|appointment|funeral|burial|mazishi|matanga|football|five a side|match|mechi|derby|fixture) ',
);
/** What else a picked day or the night waited for may be about, anywhere in the check-in. */
const DAY_ELSEWHERE = anyOf(WELL_NOW, JOKE, STORY_WHOLE, CEREMONY, CHORES, PICKED_ELSEWHERE);
/** What follows a plan: the end, now, again or a time to come (not "a plan for my business"). */
const NOW = `(?= $| (?:now|again|already|today|tonight|this time|lately|recently|sasa|tena|leo|tayari|for ${WHEN}|${WHEN})\\b)`;
/** A bare plan word followed in its sentence by more than a time: the rest says what the plan is ("i have a plan, i
 * am going back to college", "nina mpango, nitafungua duka", "nimepanga kesho, nitaenda sokoni"). */
const PLAN_SAID_OUT = new RegExp(
  ` (?:plan|planning|mpango|nimepanga|nimeshapanga)(?= )(?! *$)(?!(?: +(?:for|again|now|this time|already|tena|sasa|tayari|kesho|tarehe|siku|${WHEN}))+ *$)`,
  'u',
);
/** Something else tried, anywhere in the check-in, which "it" may name ("we tried IVF last year, i wish it had worked"). */
const OTHER_TRY = re(
  ' (?:tried|attempted|tulijaribu|nilijaribu|tumejaribu|nimejaribu) (?!(?:to )?(?:kill|end|take|hang|overdose|suicide|kujiua|kujitoa|kujimaliza|kujinyonga|it\\b|again\\b|tena\\b))\\p{L}+',
);
const blockers = {
  onlyWhole: OWN_SUICIDE,
  unlessBefore: NOT_MINE_BEFORE,
};

export const AFTER_HISTORY_CUES: readonly Cue[] = [
  // A means got now: "today i bought a rope", "i have the rope now", "leo nimenunua sumu", "ive been saving pills"; a
  // past form only with a time of now beside it ("mwaka jana … nilinunua sumu lakini sasa niko poa" is the history).
  {
    tier: 'plan',
    code: 'preparation',
    re: re(MEANS_GOT),
    ...blockers,
    unlessWhole: anyOf(PESTS, JOKE, WELL_NOW, STORY_WHOLE),
    unlessNear: MEANS_EVERYDAY,
    unlessSentence: anyOf(STORY, MEANS_EVERYDAY_SENTENCE),
    selfReferring: true,
  },
  // The past act wished to have worked, said after it: "I tried to kill myself in 2021. I wish it had worked." (not
  // where a business, an exam or a plan for something else is named in its sentence, or something else was tried).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      `(?:^|(?<= (?:and|but|now|sometimes|honestly|lakini|sasa|na))) i (?:still |sometimes |really |honestly )?wish (?:it|that) (?:had |would have |wouldve )?(?:worked|succeeded)(?= $| (?:now|sometimes|every|and|but)\\b)| (?:natamani|nawish) (?:ingefanikiwa|ingefaulu)(?= $| (?:tu|kabisa)\\b)`,
    ),
    ...blockers,
    unlessWhole: anyOf(JOKE, STORY_WHOLE, OTHER_TRY),
    unlessSentence: re(
      ' (?:business|biashara|exam|mtihani|plan|project|marriage|relationship|shop|farm|shamba|deal|interview|application|therapy|treatment|ivf) ',
    ),
  },
  // Pills hidden now: "i have been hiding pills in a shoe box", "nimeficha dawa kwa bag yangu"; not one's own medicine
  // hidden for stigma or kept from children.
  {
    tier: 'plan',
    code: 'preparation',
    re: re(PILLS_HIDDEN),
    ...blockers,
    unlessWhole: anyOf(PESTS, JOKE, WELL_NOW, STORY_WHOLE, OWN_MEDICINE),
    unlessNear: MEANS_EVERYDAY,
    unlessSentence: anyOf(STORY, MEANS_EVERYDAY_SENTENCE),
    selfReferring: true,
  },
  // A plan pointed at it or a day picked, now: "i've started planning it again", "i have picked the day", "my plan is
  // set for friday", "that's when i'll do it", "nimeanza kupanga tena", "nimeamua ni hii wiki".
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      [
        ` i (?:have |am )?(?:started |been |begun )?(?:planning|to plan) (?:it|it all|my death|my suicide|my exit)(?: (?:out|again|all over again))?${NOW}`,
        ` i have (?:already |finally |just )?(?:picked|chosen) (?:the day|a day|the night)(?= $| (?:its|it is|now|already|for ${WHEN}|${WHEN})\\b)| i (?:already )?know (?:which|what) (?:day|night)(?= $| (?:and|now)\\b)| i (?:already )?know the (?:date|day)(?= $| (?:and|now)\\b)| my plan is (?:set|ready|made)(?: for ${WHEN})?(?= $| (?:now|already)\\b)`,
        ` (?:thats|that is|${WHEN}(?: is)?) when i (?:will|am going to) do it(?= $| (?:when|after|and)\\b)|^ (?:thats|that is) when $| i have decided (?:(?:it is|its) (?:happening|going to happen)|it will be|itakuwa|on) (?:on |this |next |the end of )?(?:${WHEN}|the month|tonight|tomorrow|my birthday)\\b| (?:nimepanga|nimeshapanga) kufanya (?:hivyo )?(?:${SIKU}|kesho|wiki hii|wikendi hii)(?= $| (?:wakati|baada|kabla|hii)\\b)`,
        ` (?:nimeanza|nimerudi) (?:ku)?panga tena(?= $)| ${DECIDED_DAY}(?= $| (?:${DAY_IS_THE_END})\\b)`,
      ].join('|'),
    ),
    ...blockers,
    unlessWhole: anyOf(WELL_NOW, JOKE, STORY_WHOLE, CEREMONY, CHORES),
    unlessNear: re(` (?:${TASK}) `),
    unlessSentence: anyOf(STORY, DAY_SAID_OUT),
  },
  // A day picked, said as a whole clause: "i've picked friday", "friday is the day i picked", "nimechagua ijumaa",
  // "ijumaa ndio siku nimechagua", also after a joining word in run-on speech (not "for the hike i have picked saturday",
  // nor where its sentence or the check-in says what for).
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      [
        `(?:^|(?<= (?:and|so|now|but|then|na|sasa|halafu))) (?:i have (?:already |finally |just |now )?(?:picked|chosen) (?:${PICKED_DAY})${PICKED_END}|i (?:already |finally |just )?(?:picked|chose) (?:(?:${PICKED_DAY}) (?:now|already|this time)(?: (?:its final|ni final))?|(?:a|the) day (?:its|it is|ni) (?:${DAYS})) $|${PICKED_SW} (?:siku|(?:${SIKU})(?: hii)?(?: usiku)?)${PICKED_END})`,
        `^ (?:(?:this|next) )?(?:${DAYS})(?: night)? (?:is the day i (?:have picked|have chosen|picked|chose)|(?:its|it is) decided)${PICKED_END}`,
        `^ (?:and |so )?the day i (?:have picked|have chosen|picked|chose) is (?:(?:this|next) )?(?:${DAYS})(?: night)?${PICKED_END}`,
        `^ (?:${SIKU}|${DAYS})(?: usiku| night)? (?:(?:ndio|ndo|ni) siku )?${PICKED_SW}${PICKED_END}|^ siku (?:ambayo )?${PICKED_SW} ni (?:${SIKU}|${DAYS})${PICKED_END}`,
      ].join('|'),
    ),
    ...blockers,
    unlessWhole: DAY_ELSEWHERE,
    unlessNear: re(` (?:${TASK}) `),
    unlessSentence: anyOf(STORY, DAY_FOR),
  },
  // Waiting for the night or for the house to empty, said last: "i'm just waiting for tonight", "nasubiri usiku ufike"
  // (not "waiting for tonight's match", nor beside a party, chores, a joke or a recovery).
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` i am (?:just |only |now )?waiting for (?:tonight|the night|night to (?:come|fall)|nightfall|everyone to (?:sleep|go to sleep|leave)|them to (?:sleep|leave)|the house to (?:empty|be empty))(?= $| (?:now|then|to come)\\b)| (?:nasubiri|nangoja|ninasubiri|ninangoja) (?:usiku(?: (?:ufike|uingie))?|wote (?:walale|waondoke)|watu (?:walale|waondoke))(?= $| (?:tu|sasa)\\b)`,
    ),
    ...blockers,
    // Waiting gladly: "now i am happy. i'm just waiting for tonight!".
    unlessWhole: anyOf(DAY_ELSEWHERE, re(' (?:now|today) i am (?:so |very |really )?(?:happy|excited) ')),
    unlessSentence: STORY,
  },
  // A bare plan, now, with nothing after it in its sentence but a time: "now i have a plan", "i am planning again",
  // "i have set the date", "nina mpango tayari", "nimepanga tena".
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` i (?:have|have got|got) (?:a|the) plan(?: (?:again|now|this time))?${NOW}| i have (?:already |finally |just |now )?made (?:a|the) plan${NOW}| i (?:have |am )?(?:started |been |begun )?planning(?: (?:again|all over again))?${NOW}| i have (?:already |finally |just )?(?:set|picked|chosen) (?:the|a) date(?: now| already)?(?= $| (?:its |it is |ni )?(?:my birthday|next|this|the \\p{N}+|\\p{N}+|on|for ${WHEN}|${WHEN})\\b)` +
        '| (?:niko na|nina) mpango(?: (?:tena|sasa|tayari))?(?= $)| (?:nimepanga|nimeshapanga) (?:tena|siku|tarehe)(?= $| (?:tena|sasa|tayari)\\b)',
    ),
    ...blockers,
    // What follows it anywhere in the check-in may say what the plan is ("now i have a plan. i am going back to college").
    unlessWhole: anyOf(WELL_NOW, JOKE, STORY_WHOLE, CEREMONY, PLAN_SAID_OUT),
    unlessNear: re(` (?:${TASK}) `),
    unlessSentence: STORY,
    // "I have a plan: finish my diploma …" lists what the plan is.
    unlessWritten: /\bplan\s*:/iu,
  },
  // A vow that this time it does not fail: "this time i wont fail", "i wont fail this time", "safari hii sitashindwa";
  // not beside an exam, a job, a loan or a treatment anywhere in the check-in, nor a recovery.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:this time|next time|the next time|mara hii|safari hii|hii time|mara ijayo|wakati ujao|wakati huu) (?:i )?(?:will |am going to )?(?:not fail|wont fail|will not fail|not going to fail|not wake up|wont wake up|not survive|wont survive|sitashindwa|sitakosea|sitafeli|sitafail|sitaamka|sitapona|nimepanga vizuri|nimejipanga vizuri|nitahakikisha)(?= $| (?:i|and|na|tena|promise|nakuahidi)\\b)| i (?:wont|will not) (?:fail|survive|wake up) this time(?= $)| (?:this time|safari hii) (?:i will make sure i (?:die|dont wake up|dont survive)|(?:nobody|no one|hakuna mtu) (?:will (?:stop|save|find) me|atanizuia|ataniokoa))(?= $| (?:now|tena|sasa)\\b)',
    ),
    ...blockers,
    unlessWhole: anyOf(TASK_VOW, JOKE, WELL_NOW, STORY_WHOLE),
    unlessSentence: STORY,
  },
  // "This time it will work" after the act failed before ("… it didnt work but this time it will work", "haikuwork
  // lakini hii time itawork"): the failure says what "it" is.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:this time|next time|mara hii|safari hii|hii time) (?:it (?:will|is going to) (?:work|happen)|itawork|itafanya kazi|itafanikiwa|i will (?:succeed|do it (?:right|properly)|get it right|make sure it works))(?= $| (?:i|and|na|promise|aki)\\b)',
    ),
    onlyWhole: both(OWN_SUICIDE, FAILED_BEFORE),
    unlessWhole: anyOf(TASK_VOW, JOKE, WELL_NOW, STORY_WHOLE),
    unlessSentence: STORY,
  },
];
