import type { Cue } from './patterns.js';
import { ITCH, NOT_THE_HARM, TILL_BLEEDING } from './cues-on-purpose.js';
import { SELF_HARM_SAID } from './cues-relapse.js';
import { re } from './words.js';

// Session 55: self-harm other than cutting, said bare where the check-in names self-harm or has just denied suicide
// with a turn ("im not suicidal but i keep scratching my arms till they bleed", "i dont want to die but i have been
// hitting myself again", "sitaki kufa lakini najikuna hadi damu itoke"). Alone these are an itch, a fight or anger
// (red team 137), so cues-on-purpose.ts asks for a purpose; here the check-in has made the topic one's own body.
// Not "beating myself up / over" (blame), "burnt myself out", "slapping myself awake", an accident, kitchen, thing or
// sport told within three words after the act, an itch named anywhere and not denied, nor Swahili exercise, lotion,
// dressing up or head-scratching. Raise only.

/** The speaker and how often: "i", "i just keep", "ive been", "still". */
export const LEAD =
  ' (?:(?:i|ive|im|i am|i have|i been)(?: (?:just|still|always|sometimes|often|really|have|been|keep|kept|started|start)){0,4}|(?:been|keep|kept|still keep)) ';
/** Things one is hurt on or by at home or on the road. */
export const THINGS =
  '(?:door|bed|bunk|roof|table|cupboard|car|desk|shelf|cabinet|gate|window|exhaust|iron|stove|kettle|pan|sufuria|jiko)';
/** An accident, a kitchen, a thing or sport told with the act, within three words after it ("… on the matatu door", "…
 * with hot tea"); not a bare "fell" or "slipped", which are "fell apart", "slipped back" as often (a code review). */
export const NOT_ACCIDENT = `(?! (?:\\p{L}+ ){0,3}?(?:by (?:mistake|accident)|accidentally|kwa bahati mbaya|bila kujua|bila kukusudia|while eating|cooking|nikipika|kupika|in the kitchen|jikoni|(?:on|with) (?:the |a |my )?(?:\\p{L}+ )?${THINGS}|against (?:the |a |my )?(?:\\p{L}+ )?(?:stove|jiko|pan|sufuria|kettle|iron|exhaust)|with (?:hot )?(?:water|tea|chai|oil)|(?:when|as) i (?:fell|slipped)(?! (?:apart|back|in love|into|on hard times|behind|out)(?= |$))|(?:fell|slipped) (?:down|off|on(?! hard times)|in(?! love)|and)|at (?:the )?(?:gym|football|boxing|training)|playing football|nikicheza mpira)(?= |$))`;
/** After "myself": blame, burnout, staying awake, a bitten tongue, a forehead slapped in surprise. */
export const NOT_BLAME =
  '(?! (?:up|out|over|about|awake|to (?:stay|keep) (?:awake|focused)|with (?:a |an |the )?(?:\\p{L}+ )?(?:bills?|questions?|reality|news|fines?|work)|on (?:the |my )?(?:tongue|lips?)|on (?:the |my )?forehead (?:when|as))(?= |$))';
/** Blows, burns or bites to oneself, or to one's head or face over and over; the wall only till it hurts ("hitting my
 * head against the wall" alone is an idiom). */
const BLOWS_EN = `${LEAD}(?:hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|burn|burning|burnt|burned|bite|biting|bit) (?:my ?self${NOT_BLAME}|my (?:own )?(?:head|face)(?= (?:\\p{L}+ ){0,2}?(?:whenever|till|until|again|hard|every)(?= |$)| (?:against|on) (?:the )?walls? (?:\\p{L}+ )?(?:till|until|hard)(?= |$)))${NOT_ACCIDENT}`;
/** Scratching or pinching skin till it bleeds; the bleeding looked ahead to, as its "they" is the arms, not others. */
const SCRATCH_EN = `${LEAD}(?:scratching|scratched|scratch|pinching|pinched|pinch) (?:my ?self|my (?:wrists?|arms?|thighs?|legs?|skin|hands?|face))(?=(?: \\p{L}+){0,3}? (?:${TILL_BLEEDING}|(?:until|till) (?:there is|i see) blood)(?= |$))`;
/** Swahili and Sheng reflexives, which name exercise, lotion, courage, a ban or a puzzled head as often ("kujipiga
 * tizi", "najipiga moyo konde", "nimejipiga marufuku", "najikuna kichwa"): said as a habit ("nimekuwa nikijipiga", "huwa
 * najipiga"), after a time ("jana usiku nilijipiga"), ending the check-in, or with force, blood or a time after it
 * ("najipiga sana", "… hadi damu", "nikajipiga jana usiku"). */
export const SW_HABIT = '(?:nimekuwa niki|nikawa niki|(?:nimeanza|nimerudi)(?: tena)? ku|huwa (?:na|ni))';
/** A time said before the verb ("jana usiku nilijipiga"). */
export const SW_TIME_BEFORE = '(?:jana|leo|usiku|kila (?:siku|usiku|mara|wiki))(?: \\p{L}+){0,2}? ';
const SW_FORCE =
  '(?=(?: tu)? *$| (?:\\p{L}+ ){0,5}?(?:sana|hadi|mpaka|till|until|tena|again|damu|blood|bleed|makusudi|alama|makofi|ngumi|nikikasirika|nikiwa (?:na hasira|peke yangu)|kila (?:siku|mara|wiki)|jana|usiku|leo)(?= |$))';
/** Idioms after the verb: exercise, lotion, courage, a ban, nerves, dressing up, photos, work, a puzzled head. */
export const SW_IDIOM = `(?! (?:\\p{L}+ ){0,2}?(?:ulimi|kifua|jua|tizi|mazoezi|push|mafuta|lotion|kichwa(?! (?:kwa|kwenye|na) ukuta| ukutani)|mgongo|makeup|manukato|marashi|pambo|deki|msasa|luku|nguo|jeans|moyo|konde|marufuku|jeki|debe|vita|chenga|kucha|midomo|mdomo|kidole|vidole|mfukoni|mfuko|photos?|busy|kazi|chai|matatu|mlango\\p{L}*)(?= |$))${NOT_ACCIDENT}`;
/** Blows and burns: as a habit, after a time, ending the check-in, or with force after them. */
const SW_STRIKE = `ji(?:piga|chapa|choma|burn|beat|slap|punch|umiza|kwaruza|scratch)${NOT_THE_HARM}${SW_IDIOM}`;
/** Scratching, pinching, biting: an itch, nerves or a check of a dream as often, so only with blood or till it hurts. */
const SW_SKIN = `ji(?:kuna|finya|uma)${NOT_THE_HARM}${SW_IDIOM}(?= (?:\\p{L}+ ){0,5}?(?:hadi|mpaka|till|until|damu|blood|bleed|makusudi|alama|nikikasirika)(?= |$))`;
export const SW_PERSON = '(?:nina|na|ni|nime|nili|nika)(?:ki)?';
const SW = ` (?:${SW_HABIT}${SW_STRIKE}|${SW_TIME_BEFORE}${SW_PERSON}${SW_STRIKE}|${SW_PERSON}${SW_STRIKE}${SW_FORCE}|(?:${SW_HABIT}|${SW_PERSON})${SW_SKIN})`;
/** An itch named, not denied ("… and its not even itchy" is no itch). */
export const ITCH_SAID = new RegExp(
  `(?<! (?:not|no|sio|si|hakuna|without|bila|isnt|doesnt|dont|never)(?: even)?)${ITCH.source}`,
  'u',
);

export const HARM_SAID_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS_EN}|${SCRATCH_EN}|${SW})(?= |$)`),
    onlyWhole: SELF_HARM_SAID,
    unlessWhole: ITCH_SAID,
  },
];
