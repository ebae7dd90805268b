import type { Cue } from './patterns.js';
import { EVERYDAY } from './cues-means.js';
import { AT_NIGHT, DEATH, EN_WILL, JOKE_AFTER, NOT_OWN_PLAN, SW_WILL, WHEN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The whole dose planned ("i will swallow all the panadol on friday", "nitameza panadol zote kesho"): the future of what
// cues-whole-dose.ts reads when done. A day's pills are also "all my pills", a course is finished ("nitakunywa dawa zote
// mpaka ziishe") and a clinic gives several at once, so "take" counts only by the container, all "the" pills or death
// after it. Raise only (patterns.ts LATER_CUES); reviews 98 and 99.

/** Pills counted by the pill, whatever they are. */
const BY_THE_PILL = 'pills|tablets|tabs|painkillers|pain killers|sleeping pills';
/** Panadol, not by the bottle (a syrup). */
const NOT_SYRUP = '(?<!bottle of )panadol';
/** All of them: not ARVs, the day's combination ("i will swallow all my arvs tomorrow morning", review 102). */
const ALL_OF = `(?:${BY_THE_PILL}|panadol|paracetamol|piritons?)`;
const DRUG = `(?:${BY_THE_PILL}|panadol|arvs|meds)`;
const CONTAINER = '(?:bottle|packet|pack|strip|box|tin|jar|sachet)';
/** Any pill by its name, for a plan that names death after it. */
const PILL_WORD = `(?:${BY_THE_PILL}|panadol|paracetamol|piritons?|meds|medicine|medication|arvs)`;
/** Many at once: containers in the plural, or ten and more. */
const MANY =
  '(?:(?:two|three|four|five|six|ten|several|many|\\p{N}+) (?:whole )?(?:packets|packs|strips|bottles|boxes|sachets) of|(?:[1-9]\\p{N}+|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred))';
/** Death named, then not a time it ends ("… and not wake up until noon", "… and die of boredom"). */
const NOT_UNTIL = '(?! (?:until|till|mpaka|early|late|of|for a|for the|before))(?= |$)';
/** A whole container of it, not someone else's. */
const whole = (what: string) =>
  `(?:the|a|my) (?:whole|full|entire) ${CONTAINER} of (?:(?:my|the) )?(?:(?!her |his |their |your )\\p{L}+ ){0,2}?${what}`;
/** All of them, not "all three tablets" (a regimen). */
const ALL =
  '(?:all (?:of )?(?:my |the |these |those )?(?!(?:two|three|four|five|six|\\p{N}+|bitter) )|every (?:single )?)';
const PILLS_EN = [
  `(?:${EN_WILL}| (?:tonight|tomorrow) i) (?:swallow|down|drink|overdose on) ${ALL}(?:\\p{L}+ ){0,3}?(?:${ALL_OF}|pill|tablet)(?: in the house)?${WHEN}`,
  `${EN_WILL} (?:swallow|down|drink) ${whole(`(?:${BY_THE_PILL}|arvs|meds|${NOT_SYRUP})`)}${WHEN}`,
  // "Take" is also carry or collect: not ARVs (a refill comes by the box) nor panadol by the bottle (a syrup).
  `${EN_WILL} take ${whole(`(?:${BY_THE_PILL}|${NOT_SYRUP})`)}${WHEN}`,
  // "All the tablets" is also a refill collected: only at night or with death or a farewell after it.
  `(?:${EN_WILL}| tonight i) take (?:all (?:of )?the (?:\\p{L}+ )?(?:pills|tablets|panadol|paracetamol|sleeping pills)|every (?:single )?(?:pill|tablet) (?:i have|in the house))${AT_NIGHT}`,
  ` (?:i am|im) (?:taking|swallowing) all (?:of )?the (?:\\p{L}+ )?(?:pills|tablets|panadol)${AT_NIGHT}`,
  // The pills named first in the clause, then all of them ("… collecting panadol for weeks and i will swallow them all tonight").
  ` (?:pills|tablets|tabs|panadol|paracetamol|vidonge|tembe) (?:\\p{L}+ ){0,8}?(?:(?:and )?(?:i will|ill|im going to|i am going to|tonight i) (?:swallow|take) them all|nita(?:zi|vi)meza (?:zote|vyote)|nitameza (?:zote|vyote))${AT_NIGHT}`,
  `${EN_WILL} take all (?:of )?my (?:\\p{L}+ )?${DRUG}(?: (?:tonight|today|tomorrow))? (?:${DEATH})(?= |$)`,
  // Pills of any number with death named after them ("… two packets of panadol tonight and sleep forever"), not "and not
  // wake up until noon".
  `${EN_WILL} (?:take|swallow|down|finish|overdose on) (?:\\p{L}+ ){0,5}?${PILL_WORD}(?: (?:tonight|today|tomorrow|at once|all at once|at one go|in one go|together))? (?:${DEATH})${NOT_UNTIL}`,
  // Finished to the last, all "the" pills (not "my": a course finished): at night, or with death or a farewell after.
  `${EN_WILL} finish (?:all (?:of )?the|the whole|the entire|every) (?:\\p{L}+ )?(?:${PILL_WORD}|pill|tablet|${CONTAINER} of (?:\\p{L}+ ){0,2}?${PILL_WORD})(?: (?:in the house|i have|at home))?${AT_NIGHT}`,
  // The whole container with its end named ("i will finish the whole packet tonight then it will all stop").
  `${EN_WILL} finish the (?:whole|entire) ${CONTAINER}(?: (?:tonight|today|tomorrow))? (?:(?:then|and) )?(?:it will (?:all )?(?:stop|end)|${DEATH})${NOT_UNTIL}`,
  // Many at once: containers in the plural or a count of ten or more, swallowed; "take" (also carried) only at night.
  `${EN_WILL} (?:swallow|down|overdose on) ${MANY} (?:\\p{L}+ ){0,2}?(?:${ALL_OF}|pills|tablets)${WHEN}`,
  `(?:${EN_WILL}| tonight i) take ${MANY} (?:\\p{L}+ ){0,2}?(?:${ALL_OF}|pills|tablets)${AT_NIGHT}`,
  `(?:${EN_WILL}| tonight i| (?:tonight )?(?:i am|im)) (?:swallowing|taking) the (?:whole|entire|full) ${CONTAINER}(?: of (?:\\p{L}+ ){0,2}?${PILL_WORD})?${AT_NIGHT}`,
];
const SW_PILLS =
  '(?:vidonge|tembe|panadol|mapanadol|pills|mapills|arvs?)(?: (?:zangu|yangu|vyangu|za \\p{L}+|vya \\p{L}+))? (?:vyote|zote)(?: (?:vya|za) \\p{L}+)?(?: kwa pamoja)?';
/** Swallowed ("meza") at a time; "kunywa" (also a course's word) with a time of night or day named, or at once. */
const PILLS_SW = [
  ` (?:nitameza|nita meza|ntameza|nitaswallow|ngoja nimeze|nataka kumeza) ${SW_PILLS}${WHEN}`,
  `${SW_WILL} ${SW_PILLS}(?= (?:kwa mara moja|leo usiku|usiku wa leo|usiku huu|usiku|kesho|${DEATH}|kwaheri|kwa heri|nisamehe|mnisamehe)(?= |$))`,
  `${SW_WILL} dawa (?:(?:zangu |za \\p{L}+ )?zote|zote za \\p{L}+) kwa mara moja(?= |$)`,
  // Many at once: packets in the plural ("paketi mbili za panadol") or twenty pills, at night or with death after.
  `${SW_WILL} (?:(?:pakiti|paketi|packets|strip|strips|chupa) (?:mbili|tatu|nne|tano|kumi)(?: (?:za|ya|vya) (?:vidonge|tembe|panadol|piriton|dawa|pills|tablets|tabs|sleeping pills)(?: (?:za|ya|vya) \\p{L}+)?)?|(?:vidonge|tembe|panadol|pills) (?:kumi|ishirini|thelathini|hamsini|mia|[1-9]\\p{N}+)(?: na \\p{L}+)?(?: (?:vya|za) \\p{L}+)?)${AT_NIGHT}`,
  ` (?:nitamaliza|ntamaliza|nitamalizia) (?:${SW_PILLS}|dawa (?:za \\p{L}+ )?zote(?: za \\p{L}+)?)(?: (?:leo usiku|usiku wa leo|usiku huu|usiku))? (?:${DEATH})${NOT_UNTIL}`,
  `${SW_WILL} (?:(?:pakiti|paketi) (?:nzima|yote)(?: ya (?:vidonge|tembe|panadol|dawa|pills)(?: (?:za|ya|vya) \\p{L}+)?)?|chupa (?:nzima|yote) ya (?:vidonge|tembe))${WHEN}`,
];
/** Either side of it: a dose forgotten, a clinic's or a deworming dose, an ache. */
const DOSE_WORDS =
  'forgot|missed|skipped|nimesahau|nilisahau|deworm\\p{L}*|minyoo|iron|antenatal|clinic|kliniki|nurse|nesi|refill|remaining|head|headache|kichwa|migraine|toothache|fever|homa|maumivu';
/** After it: a regimen or a course, the doctor's word, the morning, a joke. */
const REGIMEN = re(
  ` (?:${DOSE_WORDS}|mpaka (?:zi|vi)?ishe|until (?:they|it) (?:finish|finishes|is finished|are finished)|as prescribed|(?<!of )course|dose|dozi|daily|every day|kila siku|with (?:food|breakfast|supper|dinner|lunch|tea|chai|uji)|after (?:eating|food|breakfast|supper|dinner|lunch)|kama daktari|as the doctor|morning|asubuhi|as usual|like always|kama kawaida|before (?:work|school)|bitter|period pain|cramps) `,
);
/** Before it: the pharmacy, the hospital, a prescription, vitamins, a pain. */
const MISSED = re(
  ` (?:${DOSE_WORDS}|forget|doctor|daktari|chemist|pharmacy|finish them|hospital|hospitali|antibiotic\\p{L}*|prescription|dispensary|gave me|skipping|vitamins?|inaniuma|pain) `,
);

export const PILLS_PLANNED_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${[...PILLS_EN, ...PILLS_SW].join('|')})`),
    unlessNear: new RegExp(`${EVERYDAY.source}|${REGIMEN.source}|${JOKE_AFTER.source}`, 'u'),
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${MISSED.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
