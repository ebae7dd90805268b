import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A poison or pills swallowed, told with the wish it served or the hospital after (session 31, review 117): "i drank
// jik on monday night i wanted to die", "jana nilikunywa jik nikitaka kufa", "i drank my husbands sleeping pills
// because i did not want to wake up", "i took an overdoes of pills yesterday and woke up in hospitle", "i attempted last
// night with the pills". The act and its purpose often fall in different clauses, so the purpose is read in the whole
// check-in. Raise only (LATER_CUES).

/** Swallowed things, spelled as speech-to-text and thumbs write them. */
const SUBSTANCE =
  '(?:jik|jick|bleach|poison|poisen|poision|rat poison|rat poisen|pesticide|pestiside|insecticide|paraffin|kerosene|pills|pils|tablets|tabs|sleeping pills|painkillers|medicine|medication|overdose|overdoes|overdos|od|sumu|dawa|vidonge|mafuta ya taa|dawa ya kuulia wadudu|dawa ya panya)';
/** Whose: one's own or someone's at home ("my husbands sleeping pills", "dawa za bibi"). */
const WHOSE =
  '(?:(?:a |an |the |some |my |all my |all the |all of my |a bottle of |a whole bottle of |the whole bottle of |a packet of |the )?(?:(?:mums?|moms?|mothers?|dads?|fathers?|grandmas?|grandmothers?|husbands?|wifes?|sisters?|brothers?|aunts?|uncles?) )?(?:\\p{L}+ ){0,2}?)';
const EN_ACT = ` i (?:drank|drunk|swallowed|took|ate|downed|had) ${WHOSE}${SUBSTANCE}(?= |$)`;
const SW_ACT =
  ' (?:nilikunywa|nimekunywa|nikanywa|nilimeza|nimemeza|nikameza|nilidrinkisha|nilidrink|nilibugia|nikabugia|nilimeza zote|nilitumia) (?:\\p{L}+ ){0,2}?(?:sumu|jik|dawa|vidonge|pills|tabs|pestiside|pesticide|mafuta ya taa|rat poison|bleach)(?= |$)';
/** An attempt named with its means ("i attempted last night with the pills"). */
const ATTEMPTED =
  ' i (?:attempted|tried)(?: again)?(?: last night| yesterday| this morning| on \\p{L}+| last week| again)* (?:with|using) (?:the |my |some )?(?:pills|tablets|rope|knife|blade|poison|jik|pesticide|razor)(?= |$)';

/** The check-in says it was to die, or what followed: the wish, the hospital, being made to vomit. */
const PURPOSE_OR_AFTER = re(
  ' (?:i (?:\\p{L}+ )?wanted to (?:die|dye|end it|end my life|kill my ?self|sleep forever|never wake up)|i (?:did not|didnt) want to wake up|(?:so|because) i (?:would|could) (?:die|not wake up|not see)|nikitaka (?:kufa|kujimaliza|kujiua|kuisha|kulala milele|nife)|nilitaka (?:kufa|kujiua|kujimaliza)|sikutaka kuamka|ili nife|nisione (?:morning|asubuhi|kesho)|so i would not see (?:morning|tomorrow)|meaning to die|on purpose|makusudi|woke up in (?:the )?(?:hospital|hospitle|hosi|ward|icu)|nikaamka hospitalini|nikawake up hosi|rushed me to|alinirush|akanirush|alinikimbiza|akanikimbiza|forced me to vomit|made me vomit|alinilazimisha kutapika|pumped my stomach|in the ward|niko hospitalini|lucky to be alive|found me on the floor|alinikuta nimezimia) ',
);
/** An accident, a prescription or a dose as told by a doctor. */
const NOT_MEANT = re(
  ' (?:by mistake|mistakenly|accidentally|by accident|bahati mbaya|kimakosa|thought it was|nilidhani ni|as prescribed|prescribed|the doctor|daktari|my dose|the dose|as usual|kama kawaida|every (?:morning|night|day)|for my (?:headache|malaria|pain|cold|flu)|lol|haha\\p{L}*) ',
);
/** Told as over: long ago, a school year, recovered since, a school play. */
const LONG_AGO = re(
  ' (?:years ago|\\p{L}+ years ago|last year|mwaka jana|miaka (?:\\p{L}+ |\\p{N}+ )?iliyopita|zamani|story ya zamani|old story|in (?:19|20)\\p{N}{2}|mwaka (?:19|20)\\p{N}{2}|(?:19|20)\\p{N}{2}|when i was (?:a |in |\\p{N})|nikiwa (?:kidato|mtoto|shule|darasa)|in (?:form|high school|primary|class) \\p{L}+|hiyo ilikuwa|that was (?:years|long|a long)|drama|play|skit|nimeokoka|now i am (?:fine|better|well|okay|ok)|sasa niko sawa|sasa nimepona|i am doing well now) ',
);
const NOT_NOW = new RegExp(`${NOT_MEANT.source}|${LONG_AGO.source}`, 'u');

/** A blade held, a gun taken, with the wish or the rescue told ("nilikuwa na kisu mkononi … nikitaka kujimaliza"). */
const HELD =
  ' (?:i (?:had|took|held|grabbed) (?:a |the |my )?(?:\\p{L}+ )?(?:knife|blade|razor)|nilikuwa na (?:kisu|wembe)|nilichukua (?:kisu|wembe))(?= |$)';
const TO_END = re(
  ' (?:i was going to end it|i (?:\\p{L}+ )?meant it|nikitaka (?:kujimaliza|kujiua|kufa)|to end it|to end my life|broke down the door|akavunja mlango) ',
);

export const ACT_INTENT_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(ATTEMPTED),
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(HELD),
    onlyWhole: TO_END,
    unlessWhole: NOT_NOW,
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${EN_ACT}|${SW_ACT})`),
    onlyWhole: PURPOSE_OR_AFTER,
    unlessWhole: NOT_NOW,
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
