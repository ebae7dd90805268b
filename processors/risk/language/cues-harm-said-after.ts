import type { Cue } from './patterns.js';
import { ITCH, NOT_THE_HARM, TILL_BLEEDING } from './cues-on-purpose.js';
import { SELF_HARM_SAID } from './cues-relapse.js';
import { re } from './words.js';

// Session 55: self-harm other than cutting, said bare where the check-in names self-harm or has just denied suicide
// with a turn ("im not suicidal but i keep scratching my arms till they bleed", "i dont want to die but i have been
// hitting myself again", "sitaki kufa lakini najikuna hadi damu itoke"). Alone these are an itch, a fight or anger
// (red team 137), so cues-on-purpose.ts asks for a purpose; here the check-in has made the topic one's own body.
// Not "beating myself up / over" (blame), "burnt myself out", "slapping myself awake", an accident word or a kitchen
// right after the act, an itch anywhere, nor Swahili exercise, lotion or head-scratching. Raise only.

/** The speaker and how often: "i", "i just keep", "ive been", "still". */
const LEAD =
  ' (?:(?:i|ive|im|i am|i have|i been)(?: (?:just|still|always|sometimes|often|really|have|been|keep|kept|started|start))*|(?:been|keep|kept|still keep)) ';
/** An accident, a kitchen or sport within a few words after the act (accident.ts reads a whole check-in told so). */
const NOT_ACCIDENT =
  '(?! (?:\\p{L}+ ){0,6}?(?:by (?:mistake|accident)|accidentally|kwa bahati mbaya|bila kujua|bila kukusudia|cooking|nikipika|kupika|kitchen|jikoni|jiko|tea|chai|hot water|fell|slipped|gym|boxing|sparring|football|mpira)(?= |$))';
/** Blows, burns or bites to oneself, or to one's head or face over and over. */
const BLOWS_EN = `${LEAD}(?:hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|burn|burning|burnt|burned|bite|biting|bit) (?:my ?self(?! (?:up|out|over|about|awake|on (?:the|a) (?:door|table|cupboard|car|bed|desk|shelf|cabinet|gate|window)|with (?:a |an |the )?(?:\\p{L}+ )?(?:bill|question|reality|news|fine))(?= |$))|my (?:head|face)(?= (?:\\p{L}+ ){0,2}?(?:whenever|till|until|again|hard|every|against (?:the )?walls?)(?= |$)))${NOT_ACCIDENT}`;
/** Scratching or pinching skin till it bleeds; the bleeding looked ahead to, as its "they" is the arms, not others. */
const SCRATCH_EN = `${LEAD}(?:scratching|scratched|scratch|pinching|pinched|pinch) (?:my ?self|my (?:wrists?|arms?|thighs?|legs?|skin|hands?|face))(?=(?: \\p{L}+){0,3}? (?:${TILL_BLEEDING}|(?:until|till) (?:there is|i see) blood)(?= |$))`;
/** Swahili and Sheng reflexives: najipiga, nimekuwa nikijikuna hadi damu, nikajichoma; not exercise ("kujipiga tizi"),
 * lotion or a puzzled head ("najikuna kichwa"). */
const SW =
  ' (?:na|ni|nime|nili|nika|hu|nimekuwa ni|nikawa ni|nimeanza ku|nimerudi ku)(?:ki)?ji(?:piga|chapa|choma|burn|slap|punch|kuna|kwaruza|scratch|finya|uma)' +
  NOT_THE_HARM +
  '(?! (?:\\p{L}+ ){0,2}?(?:ulimi|kifua|jua|tizi|mafuta|lotion|kichwa|makeup|manukato|marashi)(?= |$))' +
  NOT_ACCIDENT;

export const HARM_SAID_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS_EN}|${SCRATCH_EN}|${SW})(?= |$)`),
    onlyWhole: SELF_HARM_SAID,
    unlessWhole: ITCH,
  },
];
