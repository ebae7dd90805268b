import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { HANG_POINT } from './cues-ligature.js';
import { POISON } from './cues-act-intent.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An act that puts the body at risk, then a rescue after it (session 31, review 119, a blind writer whose attempts
// rose only 32 → 36 of 160 on the other readings): "i lay down on the railway tracks on friday night a man pulled me
// off", "i drank the cattle dip … my mother forced me to drink milk", "nilikunywa dawa ya kuogesha ng'ombe juzi mama
// alinilazimisha kunywa maziwa". Red team 121 found a first version (any trip to a river, any chemical used, anyone who
// "found me") raising 108 of 200 everyday texts; its reviewer's rewrite is this one: the act swallows, ties to a hang
// point, goes into water, onto the tracks or over a railing, or goes somewhere "to jump"; the rescue follows the act
// within sixteen words and is a rescue ("pulled me out", "found me unconscious", "nikapelekwa hospitali"), not a
// meeting, the rain or a check-up; a negator or "used to" is no act; a purpose after it is the errand. Raise only.

/** No negator, habit or "used to" in the subject's slot ("i never went to the river"). */
const NOT_NEG = '(?!(?:never|not|didnt|nearly|almost|usually|always)(?= )|used to )';
const CORD = '(?:rope|belt|bedsheet|bed sheet|sheet|kanga|leso|noose|kamba|mshipi|cable|wire|scarf)';
const WATER = '(?:river|lake|sea|ocean|dam|well|water|waterfall)';
const SW_WATER = '(?:mtoni|ziwani|baharini|bwawani|kisimani|majini)';
const EN_ACT = [
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:drank|drunk|swallowed|downed|ate) (?:\\p{L}+ ){0,3}?${POISON}`,
  `i ${NOT_NEG}(?:\\p{L}+ )?mixed (?:\\p{L}+ ){0,2}?${POISON} (?:in|into|with) my (?:tea|drink|juice|porridge|uji|food|soda|water)`,
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:poured|doused|splashed) (?:\\p{L}+ ){0,2}?(?:paraffin|kerosene|petrol|fuel) (?:on|over) my ?self`,
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:tied|hung|used|fastened|looped|took) (?:\\p{L}+ ){0,2}?${CORD} (?:on|to|from|over|around) (?:the |a |my )?(?:\\p{L}+ )?${HANG_POINT}`,
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:jumped|threw my ?self|walked|waded|ran|went) (?:off |from |into |in |out into )(?:the |a )?(?:\\p{L}+ )?(?:${WATER}|bridge)`,
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:lay|laid|lay down|lied down|sat down|lay my ?self) (?:down )?(?:on|across|in the middle of) the (?:railway|rail|train)(?: line| lines| tracks?)?`,
  `i ${NOT_NEG}(?:\\p{L}+ )?(?:climbed|stood|went) (?:over|on|onto|on top of) (?:the |a )?(?:\\p{L}+ )?(?:railing|parapet|ledge(?! (?:to|of the window))|edge of the (?:bridge|roof|building|cliff|balcony|tower))`,
];
const SW_ACT = [
  `(?:nili|nika|nime)(?:kunywa|nywa|meza|kula|drink) (?:\\p{L}+ ){0,2}?${POISON}`,
  `(?:nili|nika|nime)jimwagia (?:\\p{L}+ ){0,1}?(?:mafuta ya taa|petroli|paraffin|kerosene)`,
  `(?:nili|nika|nime)(?:jirusha|jitupa|ruka|jump|ingia|jilaza) (?:\\p{L}+ ){0,2}?(?:${SW_WATER}|(?:kwa|kwenye) (?:river|lake|dam|bwawa|mto|ziwa|reli|railway)|relini|darajani)`,
  `(?:nili|nika|nime)(?:lala|jilaza) (?:kwenye|juu ya|kwa) (?:reli|railway|tracks)`,
];
const INTENT_EN = `i ${NOT_NEG}(?:\\p{L}+ )?(?:went|walked|drove|ran|took (?:a |the |my )?(?:rope|belt|kamba)) (?:down |up |out )?(?:to|onto|into) (?:the |a )?(?:\\p{L}+ )?(?:${WATER}|bridge|railway(?: line)?|tracks|forest|bush|roof)(?: (?:today|tonight|last night|yesterday|at night|in the night))? to (?:jump|drown|throw my ?self|end (?:it|my life)|die|hang my ?self|lie (?:down )?(?:on the (?:tracks|line)|(?= |$)))`;
const INTENT_SW = `(?:nili|nika)(?:enda|kwenda|ingia) (?:\\p{L}+ )?(?:${SW_WATER}|darajani|relini|msituni)(?: (?:leo|jana|usiku))? (?:ku|ili ni)?(?:jizamisha|jirusha|jitupa|jiua|fa|jinyonga|zame|jirushe|jitupe|jiue)`;
const ACT = `(?:${[...EN_ACT, ...SW_ACT, INTENT_EN, INTENT_SW].join('|')})`;
/** A rescue, not a meeting: pulled out, found unconscious, taken to hospital, made to vomit. */
const RESCUE =
  '(?:pulled me (?:out|off|back|away|from|into (?:his|her|their|the) (?:boat|canoe))|dragged me (?:off|away|out|back)|got me out|fished me out|rescued me|saved me(?! (?:a|some|time|money|the)(?= ))|cut (?:me|it) down|(?:stopped|caught|grabbed|held) me(?= *$| (?:before|just|in time|from|back)(?= ))|held me back|talked me down(?! from (?:buying|paying|the price))|found me (?:unconscious|on the floor|lying|in the water|foaming|not breathing|passed out|fainted|vomiting|hanging)|(?:was|got) (?:rushed|taken) to (?:the )?(?:\\p{L}+ )?(?:hospital|clinic|dispensary|health centre)|(?:took|rushed) me to (?:the )?(?:\\p{L}+ )?(?:hospital|clinic|dispensary|health centre|casualty)|made me (?:vomit|drink milk)|forced me to (?:vomit|drink milk)|gave me milk|(?:pumped|washed) my stomach|woke up (?:in|at) (?:the )?(?:\\p{L}+ )?(?:hospital|clinic|ward|icu)|called (?:an|the) ambulance|(?:wa|a)(?:ka|li)ni(?:vuta|toa|okoa|lazimisha|rescue)|chased me away|ran in after me|(?:wa|a)(?:ka|li)nishika(?! (?:mkono|ngazi)(?= ))|(?:wa|a)(?:ka|li)ni(?:kuta|pata) (?:nikiwa )?(?:nimezimia|sijitambui|majini|nimelala chini)|(?:wa|a)(?:ka|li)ni(?:peleka|kimbiza|rush) (?:hospitali|zahanati|kliniki|hosi)|(?:nika|nili)(?:pelekwa|kimbizwa) (?:hospitali|zahanati|kliniki|hosi)|(?:nika|nili)okolewa|(?:nika|nili)lazwa|nikaamka hospitalini)';
const NOT_AN_ATTEMPT = re(
  ' (?:by mistake|accidentally|stuck|mud|matope|mood|accident|bahati mbaya|kimakosa|thinking it was|nikidhani|siphon\\p{L}*|swimming|swim|kuogelea|fishing|uvuvi|years ago|miaka (?:\\p{L}+ )?iliyopita|zamani|when i was (?:a )?(?:child|kid|small|mtoto)|nikiwa mtoto|movie|film|drama|play|game|lol|haha\\p{L}*|laugh\\p{L}*|last year|mwaka jana) ',
);

/** A purpose or an everyday mishap told right after the act: "to cool off", "for the swing", "kuogelea", the waves. */
const PURPOSE = re(
  ' (?:to (?!(?:the|a|an|my|his|her|our|their|that|this|die|drown|end|kill|hang|jump|throw|let)(?= ))\\p{L}+|for (?!(?:good|ever)(?= ))\\p{L}+|ku(?!(?:jiua|fa|jizamisha|jirusha|jitupa|jinyonga)(?= ))\\p{L}+|after|during|because|heat|hot|cool off|slipped|waves?|current|stage|concert|swing|bembea|stuck|mud|matope|car|gari|tractor) ',
);

/** Going somewhere "to jump" needs only someone finding or holding the speaker after it. */
const BROAD = '(?:found me|stopped me|saw me|(?:wa|a)(?:ka|li)ni(?:kuta|pata|ona|shika))';
export const RESCUED_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    selfReferring: true,
    re: re(` (?:${INTENT_EN}|${INTENT_SW})(?= |$)`),
    onlyWhole: re(` (?:${INTENT_EN}|${INTENT_SW})(?: +\\p{L}+){0,12}? +${BROAD}(?= |$)`),
    unlessWhole: NOT_AN_ATTEMPT,
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    selfReferring: true,
    re: re(` i ${NOT_NEG}(?:\\p{L}+ )?(?:went|walked|ran) (?:down )?(?:to|into) the (?:river|lake|dam|sea|ocean)`),
    onlyWhole: re(` (?:pulled|fished|dragged|got) me out(?! of (?:bed|the (?:car|matatu|house|meeting|class))(?= ))`),
    unlessWhole: NOT_AN_ATTEMPT,
    unlessNear: new RegExp(`${JOKE_AFTER.source}|${PURPOSE.source}`, 'u'),
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(` ${ACT}(?= |$)`),
    onlyWhole: re(` ${ACT}(?: +\\p{L}+){0,16}? +${RESCUE}(?= |$)`),
    unlessWhole: NOT_AN_ATTEMPT,
    unlessNear: new RegExp(`${JOKE_AFTER.source}|${PURPOSE.source}`, 'u'),
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
