import type { Cue } from './patterns.js';
import { ITCH, NOT_THE_HARM, TILL_BLEEDING } from './cues-on-purpose.js';
import { SELF_HARM_OR_TURN_THEN_DENIED } from './cues-relapse.js';
import { re } from './words.js';

// Session 55: self-harm other than cutting, said bare where the check-in names self-harm or has just denied suicide
// with a turn ("im not suicidal but i keep scratching my arms till they bleed", "i dont want to die but i have been
// hitting myself again", "sitaki kufa lakini najikuna hadi damu itoke"). Alone these are an itch, a fight or anger
// (red team 137), so cues-on-purpose.ts asks for a purpose; here the check-in has made the topic one's own body.
// Not "beating myself up / over" (blame), "burnt myself out", "slapping myself awake", an accident, kitchen, thing or
// sport told within three words after the act, an itch named anywhere and not denied, nor Swahili exercise, lotion,
// dressing up or head-scratching. Raise only.

/** The speaker and how often: "i", "i just keep", "ive been", "still". */
const LEAD =
  ' (?:(?:i|ive|im|i am|i have|i been)(?: (?:just|still|always|sometimes|often|really|have|been|keep|kept|started|start))*|(?:been|keep|kept|still keep)) ';
/** Things one is hurt on or by at home or on the road. */
const THINGS =
  '(?:door|bed|bunk|roof|ceiling|doorway|step|stairs|bathroom|shower|matatu|bus|table|cupboard|car|desk|shelf|cabinet|gate|window|exhaust|iron|stove|kettle|pan|sufuria|jiko|hammer|comb|straightener|pasi)';
/** An accident, a kitchen, a thing or sport told with the act, within three words after it ("… on the matatu door", "…
 * with hot tea"); not a bare "fell" or "slipped", which are "fell apart", "slipped back" as often (a code review). */
const NOT_ACCIDENT = `(?! (?:\\p{L}+ ){0,3}?(?:by (?:mistake|accident)|accidentally|kwa bahati mbaya|bila kujua|bila kukusudia|while eating|cooking|ironing|fixing|straightening|in the sun|sunburn|at the beach|juani|nikipika|kupika|in the kitchen|jikoni|(?:on|with) (?:the |a |my )?(?:\\p{L}+ )?${THINGS}|against (?:the |a |my )?(?:\\p{L}+ )?(?:stove|jiko|pan|sufuria|kettle|iron|exhaust)|with (?:hot )?(?:water|tea|chai|oil)|(?:when|as) i (?:fell|slipped)(?! (?:apart|back|in love|into|on hard times|behind|out)(?= |$))|(?:fell|slipped) (?:down|off|on(?! hard times)|in(?! love)|and)|(?:at|during) (?:the )?(?:gym|football|boxing|training|karate|taekwondo|rugby|practice|match|game)|playing football|nikicheza mpira)(?= |$))`;
/** Till it bleeds, bruises, swells or marks ("… till my knuckles bleed", "… so hard it bleeds", "… until it bruises"). */
const UNTIL_HURT =
  '(?:till|until|so hard(?: that)?) (?:it|they|i|my \\p{L}+|there (?:is|are)) (?:\\p{L}+ ){0,2}?(?:bleeds?|bled|bleeding|bruises?|bruised|bruising|swells?|swelled|swollen|blood)(?! (?:\\p{L}+ ){0,3}?(?:at|during|in|playing) (?:the )?(?:football|gym|training|karate|boxing|match|practice|game|rugby|sun|beach|marathon)(?= |$))(?= |$)';
/** Blows, burns or bites to oneself, or to one's head or face over and over; the wall only till it hurts ("hitting my
 * head against the wall" alone is an idiom). */
const BLOWS_EN = `${LEAD}(?:hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|burn|burning|burnt|burned|bite|biting|bit) (?:my ?self(?! (?:up|out|over|about|awake|to (?:stay|keep) (?:awake|focused)|with (?:a |an |the )?(?:\\p{L}+ )?(?:bills?|questions?|reality|news|fines?)|on (?:the |my )?(?:tongue|lips?)|on (?:the |my )?forehead (?:when|as))(?= |$))|my (?:own )?(?:head|face)(?= (?:\\p{L}+ ){0,2}?(?:whenever|till|until|again|hard|every)(?= |$)| (?:against|on) (?:the )?walls? (?:\\p{L}+ )?(?:till|until|hard)(?= |$)))${NOT_ACCIDENT}`;
/** Blows or bites to a limb or a wall, only till it bleeds, bruises or swells (session 56): not burns (the sun), not
 * fingers (a nervous habit), not "a wall" (a runner's), and the wall with nothing between it and the harm. */
const LIMBS_EN = `${LEAD}(?:hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|bite|biting|bit|bang|banging|banged) (?:my (?:own )?(?:hands?|arms?|wrists?|thighs?|legs?|fists?|knuckles?)(?=(?: \\p{L}+){0,3}? ${UNTIL_HURT})|(?:the )?walls?(?: with my (?:fists?|hands?|head))? ${UNTIL_HURT}|my (?:head|fists?|hands?) (?:against|on) (?:the )?walls? ${UNTIL_HURT})${NOT_ACCIDENT}`;
/** Pulling out one's hair till it thins ("… and now there are bald patches"). */
const HAIR_EN = `${LEAD}(?:pull|pulling|pulled|rip|ripping|ripped) (?:out )?(?:(?:so much|some|chunks|clumps) of )?my (?:own )?hair(?: out)?(?! (?:over|with|about|because|from|extensions|braids|weave|wig|rasta|dreads|lines)(?= |$))(?=(?: \\p{L}+){0,8}? (?:bald (?:patch|patches|spot|spots)|(?:till|until) (?:it|my scalp) (?:bleeds|bled|thins))(?= |$))`;
/** Scratching or pinching skin till it bleeds; the bleeding looked ahead to, as its "they" is the arms, not others. */
const SCRATCH_EN = `${LEAD}(?:scratching|scratched|scratch|pinching|pinched|pinch) (?:my ?self|my (?:wrists?|arms?|thighs?|legs?|skin|hands?|face))(?=(?: \\p{L}+){0,3}? (?:${TILL_BLEEDING}|(?:until|till) (?:there is|i see) blood|${UNTIL_HURT})(?= |$))`;
/** Swahili and Sheng reflexives, which name exercise, lotion, courage, a ban or a puzzled head as often ("kujipiga
 * tizi", "najipiga moyo konde", "nimejipiga marufuku", "najikuna kichwa"): said as a habit ("nimekuwa nikijipiga", "huwa
 * najipiga"), after a time ("jana usiku nilijipiga"), ending the check-in, or with force, blood or a time after it
 * ("najipiga sana", "… hadi damu", "nikajipiga jana usiku"). */
const SW_HABIT = '(?:nimekuwa niki|nikawa niki|(?:nimeanza|nimerudi)(?: tena)? ku|huwa (?:na|ni))';
/** A time said before the verb ("jana usiku nilijipiga"). */
const SW_TIME_BEFORE = '(?:jana|leo|usiku|kila (?:siku|usiku|mara|wiki))(?: \\p{L}+){0,2}? ';
const SW_FORCE =
  '(?=(?: tu)? *$| (?:\\p{L}+ ){0,5}?(?:sana|hadi|mpaka|till|until|tena|again|damu|blood|bleed|makusudi|alama|makofi|ngumi|nikikasirika|nikiwa (?:na hasira|peke yangu)|kila (?:siku|mara|wiki)|jana|usiku|leo)(?= |$))';
/** Idioms after the verb: exercise, lotion, courage, a ban, nerves, dressing up, photos, work, a puzzled head. */
const SW_IDIOM = `(?! (?:\\p{L}+ ){0,2}?(?:ulimi|kifua|jua|tizi|mazoezi|push|mafuta|lotion|kichwa(?! (?:kwa|kwenye|na) ukuta| (?:\\p{L}+ ){0,2}?(?:vipara|upara|kipara|damu)(?= |$))|mgongo|makeup|manukato|marashi|pambo|deki|msasa|luku|nguo|jeans|moyo|konde|marufuku|jeki|debe|vita|chenga|kucha|midomo|mdomo|kidole|vidole|mfukoni|mfuko|photos?|busy|kazi|chai|matatu|mlango\\p{L}*)(?= |$))${NOT_ACCIDENT}`;
/** Blows and burns: as a habit, after a time, ending the check-in, or with force after them. */
const SW_STRIKE = `ji(?:piga|chapa|choma|burn|beat|slap|punch|umiza|kwaruza|scratch|gonga(?= (?:\\p{L}+ ){0,2}?(?:ukuta|ukutani)(?= |$)))${NOT_THE_HARM}${SW_IDIOM}`;
/** Scratching, pinching, biting: an itch, nerves or a check of a dream as often, so only with blood or till it hurts. */
const SW_SKIN = `ji(?:kuna|finya|uma)${NOT_THE_HARM}${SW_IDIOM}(?= (?:\\p{L}+ ){0,5}?(?:hadi|mpaka|till|until|damu|blood|bleed|makusudi|alama|nikikasirika)(?= |$))`;
const SW_PERSON = '(?:na|ni|nime|nili|nika)(?:ki)?';
/** Hair pulled out till bald or bleeding ("najing'oa nywele mpaka kuna vipara"), not grey or beard hairs plucked. */
const SW_HAIR = `jingoa nywele(?! za (?:mvi|kidevu|ndevu|pua|kwapa))(?= (?:\\p{L}+ ){0,6}?(?:vipara|upara|kipara|damu)(?= |$))`;
/** The head banged on a wall without "ji" ("nagonga kichwa kwa ukuta"). */
const SW_WALL = 'gonga kichwa(?: changu)? (?:kwa|kwenye|na) ukuta';
const SW = ` (?:${SW_HABIT}${SW_STRIKE}|${SW_TIME_BEFORE}${SW_PERSON}${SW_STRIKE}|${SW_PERSON}${SW_STRIKE}${SW_FORCE}|(?:${SW_HABIT}|${SW_PERSON})(?:${SW_SKIN}|${SW_HAIR}|${SW_WALL}))`;
/** An itch named, not denied ("… and its not even itchy" is no itch). */
const ITCH_SAID = new RegExp(
  `(?<! (?:not|no|sio|si|hakuna|without|bila|isnt|doesnt|dont|never)(?: even)?)${ITCH.source}`,
  'u',
);

/** An accident told before the act ("i slipped in the bathroom and i hit my head …", "nilianguka kwa boda nikajipiga
 * …"; a code review). */
const ACCIDENT_BEFORE = re(
  ' (?:fell|fall|slipped|slip|tripped|trip|accident|ajali|nilianguka|nimeanguka|nikaanguka|nikateleza|boda|matatu|football|mpira)(?: \\p{L}+){0,6} $',
);

export const HARM_SAID_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS_EN}|${LIMBS_EN}|${HAIR_EN}|${SCRATCH_EN}|${SW})(?= |$)`),
    onlyWhole: SELF_HARM_OR_TURN_THEN_DENIED,
    unlessBefore: ACCIDENT_BEFORE,
    unlessWhole: ITCH_SAID,
  },
];
