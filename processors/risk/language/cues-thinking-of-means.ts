import type { Cue } from './patterns.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Thinking of the act itself, named by what one would do, with no word of dying (session 40, red team 179): "i keep
// thinking that if i just jump in front of a matatu", "every night i think of taking my fathers gun from the cabinet",
// "i keep thinking of drinking the paraffin in the kitchen", "nafikiria kujirusha from the sixth floor window", "i keep
// looking down from the fourth floor … and thinking it would be quick". Each was medium at most (the learned layer): the
// act named is the method, so these are active thoughts (C-SSRS 3). And a body to be found: "i am sending this so
// someone knows where to find my body" is a plan under way. Raise only (patterns.ts LATER_CUES).

/** Thinking, with its own "i" (the speaker's whoever else the clause names: "my fathers gun") or without one. */
const I_THINK = 'i (?:keep |kept |have been |ve been |been |always |often |sometimes |still |just )*';
const THINKING =
  '(?:think|thinking|thought|imagine|imagining|picture|picturing|dream of|dreaming of|fantasi[sz]e|fantasi[sz]ing)(?: about| of| that)?(?: how)?(?: if)?(?: i)?(?: (?:just|could|would|will|should|can|simply|finally))*';
/** What one would do: a height, a road, water, a poison, a gun, the whole bottle, a wrist. */
const ACT = [
  '(?:jump|jumping) (?:in front of|off|from)',
  '(?:jump|jumping|walk|walking) into (?:the |a )?(?:water|lake|river|sea|ocean|dam|traffic|well)',
  '(?:walk|walking|step|stepping|throw|throwing my ?self) (?:out )?in front of (?:a |the )?(?:\\p{L}+ )?(?:car|lorry|truck|bus|matatu|train|trailer|traffic)',
  '(?:step|stepping) off(?! (?:the |a |my )?(?:bus|matatu|train|boda|plane|stage|kerb|curb|pavement|stool|scale|treadmill|bike|platform))',
  '(?:drink|drinking|swallow|swallowing) (?:the |some |that |a bottle of )?(?:paraffin|kerosene|jik|bleach|poison|rat poison|dawa ya panya|sumu|pesticide|insecticide|weed ?killer|acid)',
  "(?:take|taking|use|using|get|getting|grab|grabbing) (?:my |the |his |her |(?:my )?(?:father|dad|uncle|brother|fathers|dads|uncles|brothers)(?:'s)? )?gun",
  '(?:take|taking|swallow|swallowing) (?:all|every one|the whole (?:bottle|packet)) (?:of )?(?:the |my |those |these |them)?(?: ?(?:pills|tablets|tabs|meds))?',
  '(?:cut|cutting|slit|slitting) my (?:wrists?|throat)',
  '(?:crash|crashing|drive|driving|ride|riding) (?:my \\p{L}+ )?into (?:a |the )?(?:lorry|truck|wall|tree|river|bus|train|oncoming)',
  '(?:lie|lying|lay|laying) (?:down )?on the (?:railway|tracks|rails|road|highway)',
].join('|');
const SW_THINK =
  '(?:na|nime|nili|ni|huwa na|nimekuwa ni|nilikuwa ni)(?:ki)?(?:fikiria|fikiri|waza|wazia)(?: sana| tu| kila siku| mara kwa mara)?';
const SW_ACT =
  '(?:kujirusha|kujitupa|kujinyonga|kujizamisha|kunywa (?:sumu|jik|dawa ya panya|mafuta ya taa|paraffin)|kujigonga (?:na|kwa) (?:gari|lori|matatu|treni))';
/** Looking down from a height and thinking how quick it would be. */
const LOOKING_DOWN =
  '(?:looking|look|looked|staring|stare|stared) down (?:from|off) (?:the |a |my )?(?:\\p{L}+ )?(?:floor|balcony|roof|rooftop|bridge|building|ledge|window)(?: [\\p{L}\\p{N}]+){0,8}? (?:thinking|think|thought|wondering|wonder)(?: about)? (?:it would be|how|whether|if) (?:quick|fast|easy|painless|it would hurt|long it would take|i would survive|i would die)';
/** Play, sport or water for its own sake in the check-in: a pool, a dive, a bungee, a baptism, fishing, a scene. */
const AT_PLAY = re(
  ' (?:swim\\p{L}*|pool|dive|diving|bungee|rafting|baptism|baptis\\p{L}*|parachute|skydiv\\p{L}*|trampoline|jumping castle|fish|fishing|kuogelea|kuvua|movie|film|scene|story|novel|game|video|cartoon|stunt|lol|haha\\p{L}*) ',
);

export const THINKING_OF_MEANS_CUES: readonly Cue[] = [
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` (?:${I_THINK}${THINKING} (?:${ACT})|${SW_THINK} ${SW_ACT})(?= |$)`),
    unlessWhole: AT_PLAY,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` (?:(?:keep|kept|been|and) ${THINKING} (?:${ACT})|${LOOKING_DOWN})(?= |$)`),
    unlessWhole: AT_PLAY,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:(?:so |so that )?(?:someone|somebody|people|they|you|my family|mtu|watu) (?:knows?|will know|can|will|could|would) (?:where|how) (?:to )?find my body|where (?:to|they will|they can|you will|you can|they should) (?:find|look for) my body|(?:watajua|mtajua|ajue|wajue|mjue|ujue) (?:wapi|mahali) (?:pa )?(?:kupata|kuupata|wataupata|mtaupata) mwili wangu)(?= |$)',
    ),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
