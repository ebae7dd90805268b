import type { Cue } from './patterns.js';
import { ITCH, NOT_THE_HARM } from './cues-on-purpose.js';
import { SELF_HARM_SAID } from './cues-relapse.js';
import { re } from './words.js';

// Session 55: self-harm other than cutting, said bare where the check-in names self-harm or has just denied suicide
// with a turn ("im not suicidal but i keep scratching my arms till they bleed", "i dont want to die but i have been
// hitting myself again", "sitaki kufa lakini najikuna hadi damu itoke"). Alone these are an itch, a fight or anger
// (red team 137), so cues-on-purpose.ts asks for a purpose; here the check-in has made the topic one's own body.
// Not "beating myself up" (blame) or "burnt myself out", not a tongue bitten, nothing by accident or at the gym, no itch
// anywhere. Raise only.

/** Blows to oneself, done lately or over and over. */
const BLOWS_EN =
  ' (?:i |i have been |ive been |i been |been |i keep |i kept |i started |i am |im )(?:hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|burn|burning|burnt|burned|bite|biting|bit) (?:my ?self(?! (?:up|out)(?= |$))|my (?:head|face)(?= (?:\\p{L}+ ){0,2}?(?:when|whenever|till|until|again|hard|so|every|like)(?= |$)))';
/** Scratching or pinching skin till it bleeds; the bleeding looked ahead to, as its "they" is the arms, not others. */
const SCRATCH_EN =
  ' (?:i |i have been |ive been |i been |been |i keep |i kept |i started |i am |im )(?:scratching|scratched|scratch|pinching|pinched|pinch) (?:my ?self|my (?:wrists?|arms?|thighs?|legs?|skin|hands?|face))(?=(?: \\p{L}+){0,3}? (?:until|till|hadi|mpaka) (?:it|they|i|my \\p{L}+) (?:bled|bleeds|bleed|(?:is |are |am )?bleeding|start bleeding|started bleeding)(?= |$))';
/** Swahili and Sheng reflexives: najipiga, nimekuwa nikijikuna hadi damu, nilijichoma. */
const SW =
  ' (?:na|nime|nili|hu|nimekuwa ni|nikawa ni|nimeanza ku|nimerudi ku)(?:ki)?ji(?:piga|chapa|choma|burn|slap|punch|kuna|kwaruza|scratch|finya|uma)' +
  NOT_THE_HARM +
  '(?! (?:\\p{L}+ ){0,2}?(?:ulimi|kifua|jua)(?= |$))';
/** In the same sentence: an accident, a kitchen, a door, an itch's relief. */
const BY_ACCIDENT = re(
  ' (?:by (?:mistake|accident)|accidentally|kwa bahati mbaya|bila kujua|bila kukusudia|cooking|nikipika|kupika|ironing|nikipiga pasi|doors?|mlango\\p{L}*|gym|bag|boxing|sparring) ',
);

export const HARM_SAID_AFTER_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS_EN}|${SCRATCH_EN}|${SW})(?= |$)`),
    onlyWhole: SELF_HARM_SAID,
    unlessWhole: ITCH,
    unlessSentence: BY_ACCIDENT,
  },
];
