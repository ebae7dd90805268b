import type { Cue } from './patterns.js';
import { DAYS, JOKE_AFTER, NOT_OWN_PLAN, SIKU } from './planned-words.js';
import { LIGATURE_GUARDS, LOOSE } from './cues-ligature.js';
import { WRITTEN_AS_FORM, endingCheckIn, re } from './words.js';

// A means kept for oneself in one's own place, or hidden for a day (session 32): "i have a noose in my bag", "i keep a
// noose under my bed", "i bought rat poison and hid it i will take it on friday", "i have the pills hidden for
// sunday", "nimeficha sumu nitakunywa jumamosi". All were low: a noose kept was read only when made, a poison only
// with "i will drink it" right after its purchase. Raise only (LATER_CUES).

/** The speaker's own places: a noose there is theirs, not a film's, a museum's or a hate crime's at work. */
const OWN_PLACE =
  '(?:in|under|inside|behind|on|at the back of|at the top of) my (?:room|bedroom|bag|backpack|handbag|wardrobe|closet|drawer|car|house|bed|mattress|pillow|cupboard|ceiling|ceiling board|garage|suitcase|hostel room|shelf)|behind my door';
/** Red team 123: what follows a kept means must end the clause, or be a time or "and i …" ("… in my locker at work hr
 * is investigating", "… ready for friday it is tug of war" are another story). */
const THEN_END =
  '(?= *$| (?:now|tonight|already|and i|na|everywhere|always|every day|in case|just in case|for when)(?= |$))';
/** Kept, hidden or hung by the speaker; "made" and "tied" are cues-hanging-set.ts's. */
const KEEP =
  '(?:have|got|keep|kept|still have|still keep|hid|hide|have hidden|have kept|am keeping|im keeping|carry|hung|have hung|bought)';
const NOOSE_KEPT = [
  ` i (?:${KEEP}|have got|ve got) (?:a|the|my) noose(?: hidden| hanging)? ${OWN_PLACE}${THEN_END}`,
  ` (?:made|tied|bought|got) (?:a|the|my) noose(?: \\p{L}+){0,4}? and i (?:keep|kept|hid|have hidden|have kept) it ${OWN_PLACE}${THEN_END}`,
  // Nothing after but its readiness or a time: a noose had, not a metaphor ("… around my neck with this loan").
  ` i (?:have|ve got|have got|got|keep) (?:a|my) noose(?: ready| waiting| already)?(?= *$| (?:ready|waiting|now|tonight|for (?:me|myself|when i (?:decide|am ready)))(?= *$))`,
  ` my noose is (?:ready|waiting)(?= *$| (?:for me|now|tonight)(?= |$))`,
  // Sheng and Swahili: a noose in one's bag or room ("kitanzi" is also a coil fitted at a clinic: never carried).
  ` (?:niko na|nina|nimeweka|nimeficha|nimebeba) (?:noose|kitanzi)(?: yangu)? (?:kwa|kwenye|ndani ya|chini ya) (?:bag|begi|room|rum|chumba|kitanda|wardrobe|kabati)(?: yangu)?(?= *$| (?:tayari|sasa)(?= |$))`,
];
/** A means hidden "for" a named time (red team 125: ready means a dose, a spray night or wash day; "until" a gift's
 * day; a rope hidden a swing): only a poison or pills, hidden, the time ending the check-in. */
const POISONS =
  '(?:poison|rat poison|ratoxin|jik|bleach|pesticide|insecticide|cattle dip|tick dip|paraquat|dawa ya panya|sumu ya panya|sumu)';
const PILLS = '(?:pills|tablets|sleeping pills)';
const A_TIME = `(?:tonight|tomorrow(?: night)?|(?:on )?(?:${DAYS})(?: night)?|the weekend|usiku|kesho|${SIKU})(?: when (?:everyone|they|the kids|my \\p{L}+) (?:is |are )?(?:asleep|sleeping|out|away|at church|at work|gone))?`;
const WHOSE = '(?:the |my |some |a )?';
const HIDDEN_FOR = [
  ` i (?:have|ve got|have got|got|keep) ${WHOSE}(?:${PILLS}|${POISONS}) hidden for ${A_TIME}`,
  ` i (?:have )?(?:hidden|hid) ${WHOSE}(?:${PILLS}|${POISONS}) for ${A_TIME}`,
  ` (?:the|my) (?:${PILLS}|${POISONS}) (?:is|are) hidden for ${A_TIME}`,
  ` nimeficha (?:sumu|vidonge)(?: yangu)? kwa ajili ya ${A_TIME}`,
  // "… rat poison hidden and friday is the day": a poison hidden, the day ending the check-in.
  ` i (?:have |ve )?(?:hid|hidden|got|have) ${WHOSE}${POISONS} hidden (?:and )?(?:this )?${A_TIME} is the day`,
];
/** A poison bought, hidden, then drunk (not "taken": carried) at a time ending the check-in; pills swallowed. */
const WILL = '(?:i will|ill|i am going to|im going to|im gonna|i am gonna)';
const HID_THEN = [
  ` (?:i|i have|ive) (?:bought|got) ${WHOSE}${POISONS} and (?:hid|hidden) it (?:and )?${WILL} (?:drink|swallow) it ${A_TIME}`,
  ` (?:i|i have|ive) (?:bought|got|collected) ${WHOSE}${PILLS} and (?:hid|hidden) them (?:and )?${WILL} swallow (?:them|them all|all of them) ${A_TIME}`,
  ` (?:nimeficha|nilificha|nimenunua|nilinunua) sumu(?: yangu)?(?: (?:kwa|kwenye|chini ya) \\p{L}+(?: yangu)?)? (?:na )?(?:nitakunywa|nitainywa|ntakunywa|nitaikunywa) ${A_TIME}`,
  ` (?:nimeficha|nilificha) (?:kamba|kitanzi)(?: yangu)? (?:na )?(?:nitajinyonga|ntajinyonga) ${A_TIME}`,
];

/** Found with a cord also worn round the neck, and breath or sense gone, ending the clause (red team 123: "… passed out
 * drunk after the party", "… blue dress already on" are the day's). cues-ligature.ts reads the rope, belt and noose. */
const CLAUSE_END = '(?= *$)';
const FOUND_LOOSE = [
  ` (?:found|caught) me with ${WHOSE}${LOOSE}(?: tied| knotted| tight)? (?:around|round|on) my neck (?:and )?(?:i was |i wasnt |i )?(?:not breathing|unconscious|passed out|blacked out|wasnt breathing|barely breathing|blue|had passed out|had blacked out|had turned blue|turned blue)${CLAUSE_END}`,
  ` (?:alinikuta|walinikuta|alinipata|walinipata|akanikuta) na (?:${LOOSE}|scarf|cable|kitambaa)(?: ya \\p{L}+)? (?:shingoni|kwa shingo|kwenye shingo)(?: (?:nikiwa|na))? (?:nimezimia|sipumui|sikuwa napumua|sikuwa nikipumua|sikupumua)${CLAUSE_END}`,
];

/** A keepsake, a prop, a film, a knot learnt: what a noose kept may also be. */
const PROP = re(
  ' (?:halloween|costume|prop|props|decoration\\p{L}*|party|theme|themed|show|musical|rehearsal|project|class|play|drama|film|movie|museum|history|knot|knots|scouts?|sailing|boat|tattoo|necklace|choker|pendant|game|hangman|cowboy|western) ',
);

/** A means kept for pests, a farm or a household job, or from children: its errand, not the speaker's plan. */
const ERRAND = re(
  ' (?:for|to kill|to get rid of) (?:the |those |our |my )?(?:rats|mice|cockroaches|pests|ticks|weeds|cows|goats|farm|shamba|garden|kitchen|store)| from (?:the |my |our )?(?:kids|children|baby|toddler|watoto|dog|dogs|cat)| (?:kuua panya|mende|kupe|shamba|mifugo|watoto) ',
);

export const MEANS_KEPT_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${NOOSE_KEPT.join('|')})`),
    selfReferring: true,
    unlessNear: new RegExp(`${PROP.source}|${LIGATURE_GUARDS.unlessNear.source}`, 'u'),
    unlessBefore: new RegExp(`${LIGATURE_GUARDS.unlessBefore.source}|${PROP.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'plan',
    code: 'preparation',
    ...endingCheckIn([...HIDDEN_FOR, ...HID_THEN]),
    selfReferring: true,
    unlessNear: new RegExp(`${JOKE_AFTER.source}|${ERRAND.source}|${PROP.source}`, 'u'),
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(`(?:${FOUND_LOOSE.join('|')})`),
    selfReferring: true,
    ...LIGATURE_GUARDS,
  },
];
