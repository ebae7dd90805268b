import type { Cue } from './patterns.js';
import { JOKE, STORY_WHOLE } from './after-history-words.js';
import { anyOf } from './farewell-closers.js';
import { GOODBYES_FOR_A_TRIP } from './goodbye.js';
import { DAYS, SIKU } from './planned-words.js';
import { re, WRITTEN_AS_FORM } from './words.js';

// An end said without the word (session 59; red teams 277 and 285 found them low): "jumapili ndio siku yangu ya
// kujiondoa duniani", "this is my final goodbye", "hii ni kwaheri ya kudumu kwenu wote", "I don't think I'll make it
// past tonight", "sitaiona kesho", "naenda safari ndefu ya kutorudi". Raise only.

/** One's own leaving of life, as an infinitive after "the day of" ("siku ya kujiondoa duniani"): reflexive, or said
 * to be "my" day, since leaving the world is also a grandfather's anniversary or an astronaut's launch (code review 289). */
const SW_ENDING_OWN = '(?:kujiua|kujiondoa duniani?|kujitoa uhai|kujimaliza)';
const SW_ENDING = '(?:kumaliza maisha yangu|kuondoka duniani|kuiaga dunia)';
const A_DAY = `(?<!kila )(?:${SIKU}|${DAYS}|kesho|leo|usiku wa leo|usiku huu|mwisho wa (?:mwezi|wiki))(?: (?:usiku|jioni|asubuhi))?`;
/** A day named as the day of it: "jumapili ndio siku yangu ya kujiondoa duniani", "leo usiku ndio usiku wa kujiua". */
const DAY_OF_IT = ` ${A_DAY} (?:ndio|ndiyo|ndo|ni) (?:(?:siku|usiku)(?: (?:yangu|wangu))? (?:ya|wa) ${SW_ENDING_OWN}|(?:siku yangu ya|usiku wangu wa) ${SW_ENDING})(?= $| (?!(?:ya|wa|kwa) )\\p{L})`;

/** This night or day said to be one's last, ending there or with a farewell ("usiku huu ndio wangu wa mwisho"; code
 * review 292): not a last day at work. */
const LAST_NIGHT =
  ' (?:usiku huu|usiku wa leo|leo usiku|leo|siku hii) (?:ndio|ndiyo|ndo|ni) (?:(?:usiku )?wangu wa|(?:siku )?yangu ya) mwisho(?= $| (?:duniani|kwaheri|nimechoka|msinitafute|mnisamehe)(?= |$))';

/** A goodbye said to be the last, to one's people: not to a house, a job or the dead (a funeral's farewell). */
const LAST_GOODBYE =
  ' (?:this is|this|consider this|hii ni|huu ni|its|it is) (?:my|a) (?:final|last|permanent) (?:goodbye|good bye|farewell)(?= $| (?:to (?:you all|u all|all|everyone|everybody|all of you|my family|my friends|you guys|my (?:kids|children|wife|husband|mum|mom|baby|parents))|tell them|watoto|everyone|everybody|all|guys|wasee|mabeshte|fam|family|friends|forever|i am sorry|im sorry|sorry|i love you|i cant|nobody|no one|take care|forgive me|nisamehe|mnisamehe)(?= |$))| (?:hii ni|huu ni|ni) kwaheri (?:yangu|ya kudumu|ya milele)(?= $| (?:kwenu|kwa wote|kwa familia|wote|nyote|kila mtu|familia yangu|marafiki|dunia|mama|baba|wasee|mabeshte|guys|fam)(?= |$))| kwaheri ya (?:kudumu|milele)(?= $| (?:kwenu|kwa wote|wote|nyote|kila mtu|familia yangu|dunia)(?= |$))';
/** A goodbye for ever told to someone by the speaker ("told him goodbye forever"; red team 287): not another's. */
const TOLD_GOODBYE_FOREVER =
  '(?<! (?:he|she|they|we|you|it|who)) (?:i )?(?:told|said|wished|bade) (?:him|her|them|my \\p{L}+|mama|mum|mom|everyone|everybody|wote)(?: \\p{L}+)? (?:goodbye|good bye|kwaheri|farewell) (?:forever|for good|milele|ya milele|ya mwisho)(?= |$)';
/** Where a last goodbye is a funeral's, a move's, a job's, a class's or an app's (in its sentence). */
const NOT_ONES_OWN_GOODBYE = re(
  ' (?:funeral|burial|mazishi|matanga|grave|kaburi|rip|rest in peace|late|marehemu|house|nyumba|job|kazi|office|school|shule|retire\\p{L}*|kustaafu|tenant|landlord|team|club|church|kanisa|semester|graduat\\p{L}*|form four|kcse|memories|class|campus|chuo|chama|chairman|committee|elections|stepping down|handing over|company|colleagues|workmates|wafanyakazi|last day|leaving the|twitter|facebook|tiktok|instagram|whatsapp|snapchat|group|account|page|app) ',
);
/** A burial told anywhere in the check-in: the farewell is to the dead ("we buried dad today. … this is my final
 * goodbye"; code review 289). */
const BURIAL = re(
  ' (?:buried|bury|burying|tulimzika|tumemzika|kumzika|tukimzika|funeral|mazishi|matanga|burial|pumzika kwa amani|rest in peace|rip|mungu ailaze|lala salama) ',
);

/** Not expecting to live through the night: "i dont think ill make it past tonight", "sitaiona kesho". */
const NIGHT = '(?:the night|tonight|tonite|2nite|this night|morning|the morning|tomorrow(?: morning)?)';
/** Living through it, not turning up ("i wont make it tomorrow" is a missed meeting; code review 289). */
const THROUGH = `(?:(?:make it|last|live) (?:through|past|beyond|till|until) ${NIGHT}|make it to (?:the )?morning|survive (?:the night|tonight|tonite|this night|(?:till|until) (?:the )?morning))`;
const NOT_THROUGH = [
  ` i (?:dont|do not) think (?:i will|ill|i am going to|i will be able to) ${THROUGH}`,
  ` i (?:wont|will not|am not going to) ${THROUGH}`,
  ` i (?:dont|do not) think (?:i will|ill) (?:still be alive|be alive|still be here|be here|be around|see) (?:by |in |till |until )?(?:the )?(?:morning|tomorrow|sunrise)`,
  ' i (?:wont|will not) be (?:here|around|alive) (?:by|in the) morning',
  ' i (?:wont|will not) see (?:tomorrow|the morning|morning|sunrise|another day)',
  // "sitaiona kesho" opening its clause or after a joining word: "ripoti sitaiona kesho" is a report not seen.
  '(?:^|(?<= (?:na|lakini|ila|manze|maze|bro|buda|aki|nahisi|naona|kwa kweli|honestly))) (?:sitaiona|sitaliona|sitaona) kesho',
  ' sidhani (?:kama )?(?:nitaiona kesho|nitaona kesho|nitafika kesho|nitavuka usiku huu|nitakuwa hai kesho)| sitavuka usiku (?:huu|wa leo)',
];
/** … ending the clause or followed by despair, a farewell or a decision, not "… without coffee", "… i have a wedding". */
const NOT_THROUGH_END =
  '(?= $| (?:honestly|goodbye|kwaheri|nobody|no one|this time|anymore|tena|kwa kweli|nimeamua|nimechoka|i am done|im done|i cant|i give up|i (?:have|ve) made up my mind|i am tired|im tired|tired of|forgive me|sorry|bro|manze|maze|buda)(?= |$))';
/** Illness, a deadline, hunger or the weather, which such a night is about as often (in the cue's sentence). */
const NIGHT_OF_SOMETHING = re(
  ' (?:sick|ill|fever|malaria|typhoid|asthma|covid|flu|chest|breath|breathing|cough|surgery|operation|cancer|diabetes|hungry|njaa|cold|baridi|heat|joto|mosquitoes|toothache|labour|labor|contractions|midwife|ulcers|vomiting|cramps|hangover|exam|exams|deadline|shift|assignment|homework|revision|presentation|interview|meeting|kazi|mtihani|baby|teething|phone|battery|party|game|match|movie|series|traffic|jam|homa|mgonjwa|ugonjwa|kifua|pumu) ',
);

/** Not alive to come back ("he thinks im travelling upcountry but i wont be alive to come back"). */
const NOT_ALIVE_AFTER = ' i (?:wont|will not) be alive to (?:come back|return)(?= |$)';
/** A move abroad, which a goodbye for ever and a journey of no return are said of as often. */
const MOVED_ABROAD = 'nimehamia|kuhamia|abroad|marekani|ulaya|relocat\\p{L}*';
/** A death told, or a move away for good: a goodbye for ever to the dying or the departing (code review 290). */
const GONE_OR_MOVED = re(
  ` (?:passed away|died|alifariki|amefariki|aliaga dunia|ameaga dunia|last breath|hospice|airport|dubai|left for|moving to|${MOVED_ABROAD}|canada|masomo|scholarship|visa) `,
);
/** A break-up, which "goodbye forever" to him or her ends as often. */
const BREAK_UP = re(
  ' (?:ex|boyfriend|girlfriend|bf|gf|bae|block\\p{L}*|unfollow\\p{L}*|break ?up|broke up|dumped|cheated|relationship|situationship|mpenzi|mchumba|dem|manzi|msupa|toxic|lied|lying|cheat\\p{L}*|hurt me|alinidanganya) ',
);

/** A journey of no return as one's own going: "im going on a journey of no return", "naenda safari ya kutorudi". */
const NO_RETURN =
  ' (?:i am|im|i will|ill|i) (?:going|leaving|setting off|heading|off|taking) (?:on )?(?:a |the |my )?(?:journey|trip|road) of no return| (?:naenda|ninaenda|nitaenda|naanza|nimeanza) safari(?: (?:ndefu|yangu))* (?:ya kutorudi|isiyo na kurudi|ya kwenda bila kurudi)(?: tena)?(?! nyuma)| (?:naenda|ninaenda|nitaenda|(?:nimeamua|nataka) (?:ku|kw)enda) (?:mahali|sehemu|pahali) (?:pa|ambapo) (?:kutorudi|sitarudi)(?: tena)?| (?:nimeamua|nataka) (?:ku|kw)enda safari(?: (?:ndefu|yangu))* (?:ya kutorudi|isiyo na kurudi|ambayo sitarudi)(?: tena)?| (?:naenda|ninaenda|nitaenda) safari(?: (?:ndefu|yangu))* ambayo sitarudi(?: tena)?| (?:going|leaving|setting off|heading) on a (?:long )?journey(?: \\p{L}+){0,3}? and (?:i wont|i will not|i will never|ill never) (?:come back|return)';
/** A habit left, a faith taken or a move abroad, which "no return" is said of as often (code review 289). */
const LEFT_FOR_GOOD = re(
  ` (?:pombe|sigara|dawa za kulevya|drugs|drinking|alcohol|addiction|wokovu|yesu|jesus|saved|nimeokoka|${MOVED_ABROAD}|business|biashara) `,
);

const notPlayed = { unlessWhole: anyOf(JOKE, STORY_WHOLE), unlessWritten: WRITTEN_AS_FORM, raiseOnly: true };

export const VEILED_END_CUES: readonly Cue[] = [
  { tier: 'plan', code: 'intent', re: re(`${DAY_OF_IT}|${LAST_NIGHT}`), ...notPlayed },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(LAST_GOODBYE),
    ...notPlayed,
    unlessWhole: anyOf(JOKE, STORY_WHOLE, GOODBYES_FOR_A_TRIP, BURIAL, GONE_OR_MOVED),
    unlessSentence: NOT_ONES_OWN_GOODBYE,
  },
  {
    tier: 'passive',
    code: 'not_here',
    re: re(`(?:${NOT_THROUGH.join('|')})${NOT_THROUGH_END}`),
    ...notPlayed,
    negativeForm: true,
    unlessSentence: NIGHT_OF_SOMETHING,
  },
  {
    tier: 'passive',
    code: 'not_here',
    re: re(`${NO_RETURN}(?= |$)`),
    ...notPlayed,
    unlessWhole: anyOf(JOKE, STORY_WHOLE, GOODBYES_FOR_A_TRIP, LEFT_FOR_GOOD),
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(TOLD_GOODBYE_FOREVER),
    ...notPlayed,
    unlessWhole: anyOf(JOKE, STORY_WHOLE, GOODBYES_FOR_A_TRIP, BURIAL, GONE_OR_MOVED),
    unlessSentence: anyOf(NOT_ONES_OWN_GOODBYE, BREAK_UP),
  },
  { tier: 'passive', code: 'not_here', re: re(NOT_ALIVE_AFTER), ...notPlayed, negativeForm: true },
];
