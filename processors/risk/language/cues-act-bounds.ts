import type { Cue } from './patterns.js';
import { ASKED_OR_FORM, OWN_WORDS } from './planned-words.js';
import { re, wholeCheckIn } from './words.js';

// The act seen from its edges, with no word of suicide (session 41, red team 182; read below its tier): forgiveness
// asked before it ("Lord forgive me for what i will do tonight"), stopped by someone with the means in hand ("my
// neighbour found me with the rope on sunday and stopped me", "brother yangu alininyang'anya knife jana usiku before
// nifanye kitu"), dated by the speaker's death ("by the end of this month i will not be alive"). Raise only.

/** A means that has no errand in these words (not pills: a dose is also taken "before" and found). */
const HELD = '(?:the |a |my |that |some )?(?:rope|noose|poison|rat poison|blade|razor|razor blade|knife|jik|bleach)';
const HELD_SW =
  '(?:(?:ile|hiyo|hicho|kile|zile|hizo) )?(?:kamba|kitanzi|sumu(?: ya panya)?|dawa (?:ya|za) panya|wembe|kisu|knife|rope|blade|jik)';
/** The act's time: tonight, today, tomorrow night, this weekend, a day. */
const SOON =
  '(?:tonight|today|tomorrow(?: night)?|this (?:weekend|evening|night)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|leo(?: usiku)?|usiku (?:wa leo|huu)|kesho(?: usiku)?)';
const I_WILL = '(?:i (?:will|am going to|am about to|have to|must)|ill)';

/** "… for what i will do to myself", "nisamehe kwa nitakachojifanyia": the act named as one's own, not a meal, a
 * haircut or a party's (a code review: "… nyama choma na chapati", "… this buffet", "… shaving my head bald"). */
const A_TREAT = re(
  ' (?:buffet|food|chakula|nyama|choma|chapati|pizza|cake|keki|chips|ugali|pilau|biryani|dessert|diet|gym|shav\\p{L}*|bald|kipara|nywele|hair|tattoo|piercing|party|sherehe|club|shopping|lol|haha\\p{L}*) ',
);
const FORGIVE_SELF = [
  ` forgive me for what ${I_WILL} do to my ?self(?! (?:at|with|on) )`,
  ` (?:nisamehe|unisamehe|mnisamehe) (?:kwa|juu ya) (?:kile )?(?:nitakachojifanyia|nitajifanyia|ninachoenda kujifanyia)`,
];
/** … or "for what i will do tonight" said as the whole check-in: said before the in-laws come or a buffet, it is a
 * joke, and what follows it otherwise says what it is (a confession, a party, a change of course: red team 184). */
const FORGIVE_ALONE = wholeCheckIn(
  `(?:(?:lord|god|mungu|bwana|mama|baba|jesus|yesu) )?(?:please )?(?:forgive me(?: (?:lord|god|jesus|mum|mama|father))? for what ${I_WILL} do(?: ${SOON})?|(?:nisamehe|unisamehe|mnisamehe) (?:kwa|juu ya) (?:kile )?(?:nitakachofanya|ninachoenda kufanya|ninachotaka kufanya)(?: ${SOON})?)`,
);
/** Found or stopped with the means in hand: an interrupted act (C-SSRS behaviour). */
const STOPPED = [
  ` (?:found|caught|saw) me (?:\\p{L}+ ){0,3}?with ${HELD}(?: \\p{L}+){0,6}? (?:and )?(?:stopped me|took (?:it|them) (?:away|from me)|grabbed (?:it|them)|pulled me (?:down|back|away))`,
  ` (?:took|grabbed|snatched|pulled) ${HELD} (?:away )?from me (?:just )?before i (?:could )?(?:do (?:anything|it|something)|use (?:it|them))`,
  ` (?:a|wa)(?:li|me)ni(?:nyang.?anya|nyakua|pokonya) ${HELD_SW}(?: \\p{L}+){0,3}? (?:before|kabla) (?:nifanye|sijafanya|nijaribu|nitumie)(?: (?:kitu|chochote|hivyo|hicho))?`,
  ` (?:a|wa)(?:li|me)ni(?:kuta|fumania)(?: \\p{L}+)? na ${HELD_SW}(?: \\p{L}+){0,4}? (?:a|wa)ka(?:nizuia|ninyang.?anya|zitupa|itupa|ichukua|zichukua)`,
  ` (?:nilikuwa|nlikuwa|nikiwa) (?:nimeshika|nimebeba|na) ${HELD_SW}(?: \\p{L}+){0,4}? (?:a|wa)ka(?:nizuia|zitupa|itupa|ninyang.?anya)`,
];
/** In the cue's sentence: a shave, a school, an airport, a club's door, a kitchen or a meal, a farm, pests, a robbery,
 * the police and a knife, skin lightening, a story or a lie (red team 184, three code reviews); not drinking, a fight
 * or not eating told elsewhere, which are a crisis's causes as often. */
const NOT_AN_ATTEMPT = re(
  ' (?:shave|shaving|kunyoa|barber|airport|security|bouncer|club|school|shule|teacher|mwalimu|class|kitchen|jikoni|cooking|kupika|(?:ni|ku)(?:ki)?(?:kata|menya) \\p{L}+|nyama|meat|viazi|potatoes|embe|mangoes|onions?|vitunguu|cake|kuni|firewood|goats?|cows?|heifer|bull|calf|ndama|ngombe|mbuzi|kuku|chicken|kupe|dip|vet|tying|kufunga|for (?:the )?rats|kwa panya|store|stoo|mixing|kuchanganya|pests?|game|match|film|movie|play|drama|rehearsal|prank|thief|thieves|robber\\p{L}*|mwizi|wezi|majambazi|character|book|story|hadithi|lie|uongo|skin|ngozi|lighten\\p{L}*|kujichubua|mkorogo|(?:polisi|police|askari|cops?)(?: \\p{L}+)* (?:kisu|knife|panga)|(?:kisu|knife|panga)(?: \\p{L}+)* (?:polisi|police|askari|cops?)) ',
);
/** Right before it: nobody, never ("nobody ever found me with a rope …"). */
const NOBODY_BEFORE = / (?:nobody|no one|never|hakuna mtu)(?: ever| aliwahi)? $/u;
/** Not alive by a date the speaker names ("dead by friday" is said of exams and weddings too: a code review). */
const BY_A_DATE =
  '(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|the end of (?:this|the) (?:week|month|year)|next (?:week|month)|christmas|new year)';
const NOT_ALIVE_BY = [
  ` (?:i will|ill|i shall) (?:not|no longer) be alive (?:by|before|after) ${BY_A_DATE}`,
  ` i (?:wont|will not) be alive (?:by|before|after) ${BY_A_DATE}`,
  ` (?:by|before) ${BY_A_DATE} i (?:will not|wont|will no longer|shall not) be alive`,
  ` (?:kufikia|kabla ya) (?:mwisho wa (?:mwezi|wiki|mwaka)(?: huu| hii)?|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|krismasi) (?:sitakuwa hai|nitakuwa nimekufa|sitakuwa duniani)`,
];
/** "by sunday im gone for good" is a move too: only with dying said to be what it means ("… gone as in dead", red
 * team 184; not "… i will die of stress" nor the kids "not moving": a code review). */
const GONE_BY = ` (?:by|before) ${BY_A_DATE} (?:i am|i will be|ill be) gone (?:for good|forever)`;
const DEAD_MEANT = re(
  ' (?:gone as in dead|as in dead|i mean dead|meaning dead|i mean i will be dead)(?! (?:tired|beat|bored|broke|serious|drunk|asleep))(?= )',
);
/** A book, a play or a song (the words are a character's), exams, deadlines or "these kids will finish me" in its sentence
 * (a load's hyperbole), an illness (a prognosis: a code review). */
const NOT_ONES_OWN_DATE = re(
  ' (?:character|book|story|hadithi|drama|play|film|movie|song|wimbo|lyrics|rehearsal\\p{L}*|exams?|deadlines?|assignments?|mtihani|mitihani|workload|cancer|saratani|ukimwi|hiv|illness|ugonjwa|doctors?|daktari|terminal|finish me|kill me|wataniua|watanimaliza|itaniua) ',
);
/** After it: a condition ("… if this deadline continues"). */
const IF_AFTER = / (?:if|unless|kama|ikiwa|isipokuwa) /u;

export const ACT_BOUNDS_CUES: readonly Cue[] = [
  { tier: 'plan', code: 'intent', re: re(`(?:${FORGIVE_SELF.join('|')})(?= )`), ...OWN_WORDS, unlessWhole: A_TREAT },
  {
    tier: 'plan',
    code: 'intent',
    re: re(' forgive me | (?:nisamehe|unisamehe|mnisamehe) '),
    onlyWhole: FORGIVE_ALONE,
    ...OWN_WORDS,
    unlessWhole: A_TREAT,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${STOPPED.join('|')})`),
    ...OWN_WORDS,
    unlessBefore: new RegExp(`${OWN_WORDS.unlessBefore.source}|${NOBODY_BEFORE.source}`, 'u'),
    unlessSentence: NOT_AN_ATTEMPT,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${NOT_ALIVE_BY.join('|')})(?= |$)`),
    ...OWN_WORDS,
    unlessNear: new RegExp(`${OWN_WORDS.unlessNear.source}|${IF_AFTER.source}`, 'u'),
    unlessSentence: NOT_ONES_OWN_DATE,
    // A question, and the form or quotation marks OWN_WORDS already leaves out (a review of the whole change).
    unlessWritten: ASKED_OR_FORM,
  },
  { tier: 'plan', code: 'intent', re: re(`${GONE_BY}(?= |$)`), onlyWhole: DEAD_MEANT, ...OWN_WORDS },
];
