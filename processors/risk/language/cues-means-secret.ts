import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, endingCheckIn, re } from './words.js';

// A means hidden from the people who would stop it, stockpiled, or kept with a readiness said (session 32, review
// 124): "i have hidden rat poison in a sugar tin so nobody checks", "i have been collecting panadol from different
// chemists so nobody suspects", "i have been saving my pills in a sock for a month now i have enough", "sumu ya panya
// iko kwa begi yangu nimeamua", "i have been sharpening the blade every night for when the time comes". Raise only.

/** Hidden from those who would stop it: the speaker's secret, not a child's safety ("… so the kids wont find it"). */
const SECRET =
  '(?:so (?:that )?(?:nobody|no one|noone) (?:suspects|checks|knows|finds out|notices|sees)|(?:nobody|no one|noone) knows(?: about it)?|so my (?:wife|husband|mum|mom|mother|family|parents) (?:wont|will not|doesnt|does not|cant) (?:see|find|know)(?: it| them)?|so they (?:dont|do not|wont) ask(?: questions)?|hawajui|hakuna mtu anajua|hakuna anayejua|bila mtu kujua)';
/** Only a place between the hiding and the secret (red team 125: "… kamba ya bembea …", "… from a clinic in thika …"). */
const A_PLACE =
  '(?: (?:in|under|inside|behind|on|kwa|kwenye|chini ya|ndani ya) (?:the |my |a )?\\p{L}+(?: (?:board|box|tin|yangu|langu|wangu))?)?';
const SECRET_KEPT = [
  // A one-off hiding of a means that is no medicine (pills hidden are often a stigma's: ARVs kept from sight).
  ` i (?:have )?(?:hid|hidden) (?:the |my |some |a )?(?:rope|noose|poison|rat poison|ratoxin|pesticide|blade|razor|razor blade)${A_PLACE} ${SECRET}`,
  ` i keep the noose${A_PLACE} ${SECRET}`,
  ` (?:nimeficha|nilificha) (?:sumu(?: ya panya)?|dawa ya panya|kamba|wembe|rope|blade)${A_PLACE} ${SECRET}`,
  // Pills: gathered from many shops so nobody asks.
  ` i (?:have |ve |am |keep )?(?:been )?(?:collecting|buying|stockpiling) (?:my |the |some )?(?:pills|tablets|panadol|painkillers|sleeping pills)(?: (?:from|at) (?:different|many|several|various) (?:chemists|pharmacies|shops|clinics)) ${SECRET}`,
];
/** Pills saved until there are enough, no purpose between, a month's time allowed ("… for three months … in advance now i have enough"). */
const NO_PURPOSE =
  '(?: (?!for(?= (?!a (?:month|week|while)))|in advance|because|since|to|ya|kwa|from each|each refill|every refill)\\p{L}+){0,8}?';
const STOCKPILE = [
  ` i (?:have |ve )?(?:been )?(?:saving|collecting|stockpiling|hoarding) (?:up )?(?:my |the |some )?(?:pills|tablets|panadol|painkillers|sleeping pills)${NO_PURPOSE} (?:now )?(?:i have enough|(?:i have|ive got|i got) enough(?: now)?|its enough now|it is enough now)`,
  ` (?:nimekuwa nikiweka|nimekuwa nikikusanya) (?:vidonge|tembe|pills) kidogo kidogo (?:sasa )?(?:vimetosha|vinatosha)`,
];
/** A means kept, then the decision said within four words and ending the check-in ("sumu ya panya iko kwa begi yangu
 * nimeamua", "… the blade every night for when the time comes"); not "i am ready" (a trip, a move, a slaughter). */
const READY_END =
  '(?:nimeamua|for when the time comes|for the day i choose|for the day i decide|kila siku niko tayari)';
const KEPT_READY = [
  ` (?:i have|ive got|i keep|i kept|i hid|i have been sharpening|i carry) (?:the |my |a |some )?(?:rope|noose|sleeping pills|poison|rat poison|blade|razor)(?: \\p{L}+){0,4}? ${READY_END}`,
  ` (?:sumu ya panya|sumu|kamba|wembe|blade) (?:iko|ipo)${A_PLACE} ${READY_END}`,
  ` (?:nina|nimebeba|nimeficha) (?:sumu ya panya|sumu|kamba|wembe|blade)${A_PLACE} ${READY_END}`,
  ` i have a (?:date|day) and a place and a rope(?: (?:there is|theres) nothing more to (?:talk about|say))?`,
];
/** Before it: a pest, a farm, the children's safety: the hiding is the house's, the blade a job's. */
const HOUSEHOLD = re(
  ' (?:rats|mice|pests?|cockroach\\p{L}*|farm|shamba|kids|children|watoto|baby|toddler|shaving|shave|kunyoa|camping|trip|safari|school fees|pharmacy|refills?) ',
);

export const MEANS_SECRET_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    ...endingCheckIn([...SECRET_KEPT, ...STOCKPILE, ...KEPT_READY]),
    selfReferring: true,
    unlessNear: new RegExp(`${JOKE_AFTER.source}|${HOUSEHOLD.source}`, 'u'),
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${HOUSEHOLD.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
  },
];
