import type { Cue } from './patterns.js';
import { NOT_OWN_PLAN } from './planned-words.js';
import {
  JOKE,
  MEANS_EVERYDAY,
  MEANS_EVERYDAY_SENTENCE,
  OWN_MEDICINE,
  OWN_SUICIDE,
  STORY_WHOLE,
  WELL_NOW,
} from './after-history-words.js';
import { anyOf } from './farewell-closers.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Not safe from oneself, and the means in front of one now (session 52, red team 223: "i tried to die in 2024 and
// survived … but i am not safe tonight i have the pills on the table in front of me" was low). "Not safe with myself"
// answers the clinician's own question about now; a bare "not safe tonight" may be thugs, a flood or a drunk husband, so
// it and the means in hand are read only after one's own suicide told in the check-in. Raise only.

/** "i am not safe with myself", "i cant keep myself safe", "siko salama na mimi mwenyewe" (not "sijiamini nikiwa peke yangu":
 * afraid alone on the road as often). */
const WITH_MYSELF =
  ' (?:i am not|im not|i m not|am not|i dont feel|i do not feel|i no longer feel|i never feel) (?:\\p{L}+ )?safe (?:with|around|from) (?:myself|me)(?= |$)| i (?:cant|cannot|can not|can no longer|dont know how to|(?:dont|do not) think i can|am not sure i can|m not sure i can) keep myself safe(?= |$)| siko salama na (?:mimi )?mwenyewe(?= |$)';
/** "i am not safe tonight", "siko salama usiku huu". */
const NOT_SAFE_NOW =
  ' (?:i am not|im not|i m not|i dont feel|i do not feel) safe (?:tonight|today|right now|now|this week|anymore)(?= |$)| siko salama (?:leo usiku|usiku huu|leo|sasa hivi|sasa)(?= |$)';
/** The means in hand or in front of one: "the pills are in front of me", "kamba iko mkononi". */
const IN_HAND =
  ' (?:the |my |all the |all my )?(?:pills|tablets|rope|poison|sumu|kamba|vidonge|tembe|blade|razor|wembe)(?: \\p{L}+){0,2}? (?:(?:are|is|were|ziko|iko|viko|zipo|ipo|vipo) )?(?:on the table )?(?:in front of me|in my hands?|mkononi|mbele yangu)(?= |$)';
/** Danger from others or the weather, which a bare "not safe" is about. */
const OTHERS_DANGER = re(
  ' (?:thugs|thieves|robbers|gangs?|police|husband|wife|boyfriend|stepfather|stepmother|uncle|father|drunk|drinks|beat|beats|beating|came at me|violence|fight|war|flood|floods|flooding|river|water|storm|fire|estate|area|road|landlord|in this house|at home|move out|moving|wezi|majambazi|polisi|mume|mke|mlevi|vita|mafuriko|mvua|moto|ananipiga|alinipiga) ',
);
/** Calm or a task told with it: "… as i fix the fence and honestly i feel calm". */
const CALM_NOW = re(
  ' (?:i feel (?:calm|fine|good|okay|ok|at peace)|as i (?:fix|mend|tie|sew|cut|shave|cook)\\p{L}*|fence|goats?|cows?|shamba|nashona|kushona|salon|kinyozi) ',
);
const guards = { unlessBefore: NOT_OWN_PLAN, unlessWritten: WRITTEN_AS_FORM, negativeForm: true, raiseOnly: true };

export const NOT_SAFE_CUES: readonly Cue[] = [
  { tier: 'active', code: 'suicidal_thoughts', re: re(WITH_MYSELF), ...guards, unlessWhole: anyOf(JOKE, STORY_WHOLE) },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(NOT_SAFE_NOW),
    ...guards,
    onlyWhole: OWN_SUICIDE,
    unlessWhole: anyOf(JOKE, STORY_WHOLE),
    unlessSentence: OTHERS_DANGER,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(IN_HAND),
    ...guards,
    negativeForm: false,
    onlyWhole: OWN_SUICIDE,
    unlessWhole: anyOf(JOKE, STORY_WHOLE, WELL_NOW, OWN_MEDICINE),
    unlessNear: MEANS_EVERYDAY,
    unlessSentence: anyOf(MEANS_EVERYDAY_SENTENCE, CALM_NOW),
  },
];
