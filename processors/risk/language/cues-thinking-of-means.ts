import type { Cue } from './patterns.js';
import { JOKE_AFTER } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Thinking of the act itself, named by what one would do, with no word of dying (session 40, red team 179): "i keep
// thinking that if i just jump in front of a matatu", "every night i think of taking my fathers gun from the cabinet",
// "i keep thinking of drinking the paraffin in the kitchen", "nafikiria kujirusha from the sixth floor window", "i keep
// looking down from the fourth floor … and thinking it would be quick". Each was medium at most (the learned layer): the
// act named is the method, so these are active thoughts (C-SSRS 3). And a body to be found: "i am sending this so
// someone knows where to find my body" is a plan under way. Raise only (patterns.ts LATER_CUES).

/** Thinking, with its own "i" (the speaker's whoever else the clause names: "my fathers gun") or without one. */
const I_THINK =
  '(?:i (?:keep |kept |have been |ive been |been |always |often |sometimes |still |just )*|i (?:cant|cannot|can not) stop |all i )';
const THINKING =
  '(?:think|thinking|thought|imagine|imagining|picture|picturing|dream of|dreaming of|fantasi[sz]e|fantasi[sz]ing)(?: about| of| that)?(?: is)?(?: how)?(?: if)?(?: i)?(?: (?:just|could|would|will|should|can|simply|finally))*';
/** A height one jumps or steps off to die (a platform only as the train comes). */
const HEIGHT =
  '(?:the |a |my |this |that |our )?(?:(?:\\p{N}+(?:st|nd|rd|th)?|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (?:floor|storey)(?: balcony| window| ledge)?|(?:new |old |tall |high |hostel |office |church |school )?(?:bridge|roof|rooftop|building|balcony|cliff|ledge|tower|window|flyover|overpass|escarpment)|edge of (?:the |a |this |our )?(?:roof|bridge|building|cliff|balcony)|platform(?= (?:when|as|before) the train))';
/** What one would do: a height, a road, water, a poison, a gun, the whole bottle, a wrist. */
const ACT = [
  `(?:jump|jumping|step|stepping) (?:off|from) ${HEIGHT}`,
  '(?:jump|jumping) in front of (?:a |the )?(?:\\p{L}+ )?(?:car|lorry|truck|bus|matatu|train|trailer|traffic|boda|vehicle|tanker)',
  '(?:jump|jumping|walk|walking) into (?:the |a )?(?:water|lake|river|sea|ocean|dam|traffic|well)(?! (?:with|to (?:swim|fish|bathe|wash|cool)))',
  '(?:walk|walking|step|stepping|throw|throwing my ?self) (?:out )?in front of (?:a |the )?(?:\\p{L}+ )?(?:car|lorry|truck|bus|matatu|train|trailer|traffic)',
  '(?:drink|drinking|swallow|swallowing) (?:the |some |that |a bottle of |the whole bottle of |a whole bottle of )?(?:paraffin|kerosene|jik|bleach|poison|rat poison|dawa ya panya|sumu|pesticide|insecticide|weed ?killer|acid)',
  "(?:take|taking|use|using|get|getting|grab|grabbing) (?:my |the |his |her |(?:my )?(?:father|dad|uncle|brother|fathers|dads|uncles|brothers)(?:'s)? )?gun(?!(?: \\p{L}+){0,6} (?:range|licen[cs]e|hunting|hunt|clean\\p{L}*|servic\\p{L}*|shooting|security|protection|permit|guard|duty|work|job|patrol))",
  '(?:take|taking|swallow|swallowing) (?:all (?:of )?(?:the |my |those |these )?(?:pills|tablets|tabs|meds)|all of them(?= (?:at once|tonight|today|now)| *$)|the whole (?:bottle|packet)(?: of (?:pills|tablets|tabs|meds))?|every (?:one|pill|tablet))(?! (?:on time|as prescribed|daily|every (?:day|morning|night)|with food|kila siku|before (?:breakfast|bed)))',
  '(?:cut|cutting|slit|slitting) my (?:wrists?|throat)',
  '(?:crash|crashing|drive|driving|ride|riding) (?:my \\p{L}+ )?into (?:a |the )?(?:lorry|truck|wall|tree|river|bus|train|oncoming)',
  '(?:lie|lying|lay|laying) (?:down )?on the (?:railway|tracks|rails|road|highway)',
].join('|');
const SW_THINK =
  '(?:na|nina|nime|nili|ni|huwa na|nimekuwa ni|nilikuwa ni)(?:ki)?(?:fikiria|fikiri|waza|wazia)(?: sana| tu| kila siku| mara kwa mara)?';
/** "kujirusha" is also a night out in Sheng and "kujitupa kwa kazi" a plunge into work: only down, off or into water. */
const SW_ACT =
  '(?:(?:kujirusha|kujitupa) (?:(?:kutoka|toka|from) (?:kwa |kwenye |juu ya |the |a |my )?(?:\\p{L}+ ){0,2}?(?:ghorofa|floor|daraja|bridge|paa|roof|jengo|building|window|dirisha|balcony|roshani)|majini|mtoni|ziwani|baharini|darajani|ghorofani|relini|barabarani|kwa reli|kwa barabara|(?:kwa|kwenye|juu ya) (?:daraja|ghorofa|paa|jengo|mto|ziwa|bahari|reli|window|balcony|bridge|roof))|kujinyonga|kujizamisha|kunywa (?:sumu|jik|dawa ya panya|mafuta ya taa|paraffin)|kujigonga (?:na|kwa) (?:gari|lori|matatu|treni))';
/** Looking down from a height, or looking down on one, and thinking how quick it would be. */
const LOOKING_DOWN = `(?:(?:looking|look|looked|staring|stare|stared) down (?:from|off) ${HEIGHT}|(?:bridge|roof|balcony|floor|ledge|building|window)(?: \\p{L}+){0,3}? (?:looking|staring) down)(?: [\\p{L}\\p{N}]+){0,8}? (?:thinking|think|thought|wondering|wonder)(?: about)? (?:it would be (?:quick|fast|easy|painless|over)|how (?:quick|fast|easy|long) it would (?:be|take)|(?:whether|if) i would (?:survive|die)|how it would feel to fall)`;
/** Stood at a height, then thinking of stepping or jumping off with nothing named after ("… on the balcony of the fifth
 * floor and think about just stepping off"). */
const THERE_THEN_OFF =
  '(?:bridge|roof|rooftop|balcony|floor|ledge|building|window|cliff)(?: [\\p{L}\\p{N}]+){0,10}? (?:and )?(?:think|thinking|thought) (?:about|of) (?:just )?(?:stepping|jumping) off(?! (?:the |a |my )?(?:committee|board|team|group|chama|stage|podium|bus|matatu|train|boda|plane|project|case|list|roster|panel|council|choir|whatsapp|platform|diet|wagon)(?= |$))';
/** Anywhere in the check-in, what goes with a jump, a dive or water for fun: a pool, a bungee, a concert's stage, friends. */
const AT_PLAY = re(
  ' (?:swim\\p{L}*|pool|dive|diving|bungee|rafting|baptism|baptis\\p{L}*|parachute|skydiv\\p{L}*|trampoline|jumping castle|fishing|kuogelea|kuvua|concert|stage|podium|holiday|likizo|beach|vacation|tour|with (?:my )?friends|mabeshte|the boys|movie|film|scene|stunt|lol|haha\\p{L}*) ',
);
/** Not "my body lotion", "my body mass index": the body itself. */
const THE_BODY =
  'my body(?! (?:of|back|after (?!(?:i|this|tonight|today)(?= ))|lotion|mass|cream|spray|wash|oil|fat|weight|temperature|parts?|shape|type|size|butter|index|count|clock|language|hair|odou?r|scan|check))';

/** Taken back or laughed off right after ("ninafikiria kunywa jik? hapana nimecheka tu", "… lol"). */
const TAKEN_BACK = new RegExp(
  `${JOKE_AFTER.source}| (?:hapana|no no|nah|i mean|namaanisha|just kidding|natania) `,
  'u',
);
/** A dream, a film or a made-up case before it. */
const NOT_OWN_BEFORE = re(
  ' (?:imagine|suppose|pretend|in (?:my|a) dream|i dreamt|i dreamed|niliota|ndoto yangu|movie|film|scene|character) ',
);
/** A form as written, or the means asked about and answered no ("ninafikiria kunywa jik? hapana …"). */
const ANSWERED_NO = new RegExp(
  `${WRITTEN_AS_FORM.source}|(?:jik|bleach|poison|sumu|paraffin|kujirusha|kujitupa|jump\\p{L}*|gun|pills|tablets|vidonge)[^?.!]*[?] *(?:hapana|no|nah|la)(?![\\p{L}])`,
  'u',
);
const guards = {
  unlessWhole: AT_PLAY,
  unlessNear: TAKEN_BACK,
  unlessBefore: NOT_OWN_BEFORE,
  unlessWritten: ANSWERED_NO,
};

export const THINKING_OF_MEANS_CUES: readonly Cue[] = [
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` (?:${I_THINK}${THINKING} (?:${ACT})|${SW_THINK} ${SW_ACT})(?= |$)`),
    ...guards,
    selfReferring: true,
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` (?:(?:keep|kept|been|and) ${THINKING} (?:${ACT})|${LOOKING_DOWN}|${THERE_THEN_OFF})(?= |$)`),
    ...guards,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` (?:(?:so |so that )?(?:someone|somebody|people|they|you|my family|mtu|watu) (?:knows?|will know|can|will|could|would) (?:where|how) (?:to )?find ${THE_BODY}|where (?:to|they will|they can|you will|you can|they should) (?:find|look for) ${THE_BODY}|(?:watajua|mtajua|ajue|wajue|mjue|ujue) (?:wapi|mahali) (?:pa )?(?:kupata|kuupata|wataupata|mtaupata) mwili wangu)(?= |$)`,
    ),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
