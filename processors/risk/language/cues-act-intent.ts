import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A poison or pills swallowed, told with the wish it served, or a poison with the rescue after (session 31, reviews
// 117, 118): "i drank jik on monday night i wanted to die", "jana nilikunywa jik nikitaka kufa", "last night i wanted
// to die so i drank a bottle of pesticide", "i drank the cattle dip … my mother forced me to vomit". Red team 118 found
// a first version, reading the wish or the hospital anywhere in the check-in, raising 75 everyday texts ("i took my
// malaria tablets … my brother rushed me to hospital", "… it made me vomit", "i wanted to die of embarrassment", "i
// tried with the knife to open the tin"): the wish is now read in the act's own clause, the rescue only after a poison,
// and "took", "had", "tried with" and a knife held are left to other readings. Raise only (LATER_CUES).

/** Swallowed only to poison oneself (medicine has its everyday doses). */
export const POISON =
  '(?:jik|jick|bleach|poison|poisen|poision|rat poison|rat poisen|ratoxin|pesticide|pestiside|insecticide|dudu killer|doom|cattle dip|tick dip|paraffin|kerosene|acid|sumu(?: ya panya)?|mafuta ya taa|dawa ya (?:kuua|kuulia|panya|kupe|wadudu|kuogesha|mende|dudu)(?: \\p{L}+)?)';
export const MEDICINE =
  '(?:pills|pils|tablets|tabs|sleeping pills|painkillers|panadols?|medicine|medication|meds|overdose|overdoes|dawa|vidonge|tembe)';
export const HOW_MUCH =
  '(?:(?:a |an |the |some |my |all my |all the |all of my |all of the |a bottle of |a whole bottle of |the whole bottle of |a packet of |\\p{N}+ |thirty |twenty |fifty )?(?:(?:mums?|moms?|mothers?|dads?|fathers?|grandmas?|grandmothers?|husbands?|wifes?|sisters?|brothers?) )?(?:\\p{L}+ ){0,2}?)';
const EN_SWALLOWED = `i (?:drank|drunk|swallowed|downed|ate) ${HOW_MUCH}`;
export const SW_SWALLOWED =
  '(?:nilikunywa|nikanywa|nikakunywa|nimekunywa|nilimeza|nikameza|nimemeza|nilidrink|nilidrinkisha|nilibugia|nikabugia|nilikula) (?:\\p{L}+ ){0,2}?';
const EN_ACT = `${EN_SWALLOWED}(?:${POISON}|${MEDICINE})`;
const SW_ACT = `${SW_SWALLOWED}(?:${POISON}|${MEDICINE})`;
const EN_POISON = `${EN_SWALLOWED}${POISON}`;
const SW_POISON = `${SW_SWALLOWED}${POISON}`;
/** The wish it served, said as a wish and not an idiom ("… of embarrassment", "… laughing", "… my hair"). */
const WISH =
  '(?:(?:because |since |as |coz |cause )?i (?:\\p{L}+ )?(?:wanted|was trying|hoped) to (?:die(?! (?:of|laughing|when|from|my|it was))|end (?:it|my life|everything)(?! with)|kill my ?self|sleep forever|never wake up)|(?:because )?i (?:did not|didnt) want to (?:wake up (?:again|ever|anymore)|live(?! (?:with|like|without)(?= ))(?: anymore)?)|hoping i would (?:not|never) wake up|so (?:that )?i (?:would|could) die|nikitaka (?:kufa|kujimaliza|kujiua|kulala milele|nife)(?! (?:kwa|na) )|nilitaka (?:kufa|kujiua|kujimaliza)(?! (?:kwa|na) )|sikutaka kuamka tena|ili nife|nisione (?:kesho|asubuhi))';
/** Between the act and the wish only a time or a place: a new clause there ("… it was so bitter i wanted to die") is a
 * reaction, not the purpose (red team 121). */
export const WHEN_WHERE_WORDS =
  '(?:on|last|this|that|yesterday|today|night|morning|evening|afternoon|at|in|the|my|room|bedroom|bathroom|toilet|home|house|alone|jana|usiku|leo|juzi|asubuhi|jioni|chumbani|nyumbani|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|week|wiki|iliyopita|\\p{N}+|and|na)';
const WHEN_WHERE = `(?: ${WHEN_WHERE_WORDS})*`;
const ACT_THEN_WISH = ` (?:${EN_ACT}|${SW_ACT})${WHEN_WHERE} ${WISH}(?= |$)`;
const WISH_THEN_ACT = ` ${WISH}(?: \\p{L}+){0,3}? (?:so |and |then |na )?(?:${EN_ACT}|${SW_ACT})(?= |$)`;
/** After a poison, someone acting on the speaker: made to vomit, given milk, taken to hospital. */
const RESCUED = re(
  ' (?:rushed me to (?:the )?(?:hospital|clinic|dispensary|health centre|casualty)|took me to (?:the )?(?:hospital|clinic|dispensary|health centre|casualty)|washed (?:out )?my stomach|(?:i )?(?:was|got) admitted|forced me to (?:vomit|drink milk)|(?:she|he|they|my \\p{L}+|the \\p{L}+) made me vomit|gave me milk|pumped my stomach|woke up in (?:the )?(?:hospital|ward|icu)|alinilazimisha (?:kutapika|kunywa maziwa)|akanilazimisha (?:kutapika|kunywa maziwa)|a?linikimbiza (?:hospitali|zahanati|kliniki)|wakanipeleka (?:hospitali|zahanati|hosi)|a?kanirush hosi|alinirush hosi|nikaamka hospitalini) ',
);
/** In the act’s own sentence (also cues-told-after.ts): a mistake, a child's mistake, long ago, recovered since, a play. */
export const NOT_NOW = re(
  ' (?:by mistake|mistakenly|accidentally|by accident|bahati mbaya|kimakosa|kwa makosa|thinking it was|thought it was|nikidhani|nilidhani|when i was (?:a |small|little|young|\\p{N})|as a (?:child|kid)|nikiwa (?:mdogo|mtoto|kidato|shule)|years ago|years back|last year|mwaka jana|miaka (?:\\p{L}+ |\\p{N}+ )?iliyopita|zamani|in (?:19|20)\\p{N}{2}|mwaka (?:19|20)\\p{N}{2}|hiyo ilikuwa|that was (?:years|long|a long)|drama|play|skit|nimeokoka|healed|now i am (?:fine|better|well|okay|ok)|sasa niko sawa|sasa nimepona|siphon\\p{L}*|kunyonya|lol|haha\\p{L}*|nikicheka|laughing|not true|si kweli|they say|wanasema) ',
);
export const guards = {
  unlessSentence: NOT_NOW,
  unlessNear: JOKE_AFTER,
  unlessBefore: NOT_OWN_PLAN,
  unlessWritten: WRITTEN_AS_FORM,
} as const;

export const ACT_INTENT_CUES: readonly Cue[] = [
  { tier: 'behaviour', code: 'attempt', re: re(`(?:${ACT_THEN_WISH}|${WISH_THEN_ACT})`), ...guards },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(` (?:${EN_POISON}|${SW_POISON})(?= |$)`),
    onlyWhole: RESCUED,
    ...guards,
  },
];
