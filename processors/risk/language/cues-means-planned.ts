import type { Cue } from './patterns.js';
import { EVERYDAY } from './cues-means.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The act planned by the household poison's name or the whole dose, with no word of suicide ("nitakunywa jik kesho",
// "i will swallow all the panadol on friday"): the future of what cues-means-told.ts and cues-whole-dose.ts read when
// done. "Sumu", "poison" and "overdose" planned were read already (cues-means.ts). Raise only (patterns.ts LATER_CUES).

const EN_WILL = ' (?:i will|ill|i shall|i am going to|im going to|i am gonna|im gonna|i am about to|im about to)';
const SW_WILL = ' (?:nitakunywa|ntakunywa|nitameza|ntameza|ngoja ninywe|ngoja nimeze|nataka kunywa|nataka kumeza)';
/** Named poisons only: "sumu"/"poison" have their own cues; never "take" (carried, used: "i will take the doom to the farm"). */
const POISON_EN =
  '(?:jik|bleach|doom|dudu|rat poison|sniper|paraquat|pesticide|insecticide|weed ?killer|cattle dip|cow dip|tick dip|triatix|paraffin|kerosene)';
const POISON_SW =
  "(?:jik|bleach|doom|dudu|sniper|paraquat|triatix|dawa ya (?:panya|kuua wadudu|kupe|mbu|ng(?:o|')mbe|mifugo)|sumu ya (?:panya|wadudu|kupe)|mafuta ya taa|kerosene)";
const DRUG = '(?:pills|tablets|tabs|panadol|painkillers|pain killers|sleeping pills|arvs|meds)';
const CONTAINER = '(?:bottle|packet|pack|strip|box|tin|jar|sachet)';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Not carried or fetched right after the time ("… tomorrow to the farm"). */
const CARRIED =
  '(?! (?:to(?! (?:die|end|sleep|never|kill|rest|be with)(?= ))|from|for(?! (?:good|ever)(?= ))|into|with) )';
/** When: the end of the clause, a day or hour, a farewell, or death named as its end. */
const WHEN_EN = `(?= $| (?:tonight|tomorrow(?: (?:night|morning|evening))?|today|later(?: (?:today|tonight))?|this (?:evening|weekend)|(?:on )?(?:${DAYS})(?: (?:night|morning|evening))?|at midnight|when (?:everyone|they) (?:is |are )?(?:asleep|sleeping|leaves?|goes? out))${CARRIED}(?= |$)| (?:and die|to die|and end it(?: all)?|to end it(?: all)?|and never wake up|goodbye|good bye|bye|forgive me|sorry|kwaheri)(?= |$))`;
const WHEN_SW = `(?= $| (?:leo|kesho|usiku|jioni|baadaye|sasa|sasa hivi|wiki hii|wikendi|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wakilala|nife|nijiue|niishe|nipumzike|kwaheri|kwa heri|nisamehe|mnisamehe|nimechoka)(?= |$))`;
/** A whole container of it, not someone else's. */
const whole = (what: string) =>
  `(?:the|a|my) (?:whole|full|entire) ${CONTAINER} of (?:(?:my|the) )?(?:(?!her |his |their |your )\\p{L}+ ){0,2}?${what}`;
/** Pills: swallowed all, or a whole container; "take" only by the container (a day's pills are "all my pills"). */
const PILLS_EN = [
  `${EN_WILL} (?:swallow|down|overdose on) all (?:of )?(?:my |the |these |those )?(?:\\p{L}+ ){0,2}?${DRUG}${WHEN_EN}`,
  `${EN_WILL} (?:swallow|down|drink) ${whole(DRUG)}${WHEN_EN}`,
  // "Take" is also carry or collect: not ARVs (a refill comes by the box) nor panadol by the bottle (a syrup).
  `${EN_WILL} take ${whole('(?:pills|tablets|tabs|painkillers|pain killers|sleeping pills|(?<!bottle of )panadol)')}${WHEN_EN}`,
];
/** "Kunywa dawa zote" is also a course finished: pills by the tablet, at once or with a farewell or a death word. */
const PILLS_SW = `${SW_WILL} (?:vidonge|tembe|panadol|pills|mapills)(?: (?:zangu|yangu|vyangu|za \\p{L}+|vya \\p{L}+))? (?:vyote|zote)(?= (?:kwa mara moja|nife|nijiue|niishe|kwaheri|kwa heri|nisamehe|mnisamehe)(?= |$)| (?:usiku wa leo|leo usiku|usiku huu)$)`;
const PLANNED = [
  `${EN_WILL} (?:drink|down|swallow) (?:some |the |a |a bottle of |a whole bottle of |the whole bottle of |a cup of |a glass of )?${POISON_EN}${WHEN_EN}`,
  `${SW_WILL} (?:chupa (?:nzima|yote) ya )?${POISON_SW}${WHEN_SW}`,
  ...PILLS_EN,
  PILLS_SW,
];
/** Beside it: a joke, a spill, a regimen or a course ("… with food", "as the doctor said", "until they finish"). */
const NOT_A_PLAN = re(
  ' (?:lol|lmao|haha\\p{L}*|jk|joking|kidding|utani|natania|mpaka (?:zi|vi)?ishe|until (?:they|it) (?:finish|finishes|is finished|are finished)|as prescribed|the full course|course|dose|dozi|daily|every day|kila siku|with (?:food|breakfast|supper|dinner|lunch|tea|chai|uji)|after (?:eating|food|breakfast|supper|dinner|lunch)) ',
);
/** Before it: a hypothetical, a dream, someone else's words, a story, a song, a game. */
const NOT_SAID_NOW = re(
  ' (?:if|kama|ukiniacha|akiniacha|imagine|suppose|dream\\p{L}*|ndoto|niliota|said|says|saying|anasema|alisema|aliniambia|amesema|told me|tells me|texted|posted|status|story|hadithi|movie|film|song|wimbo|game|character|lyrics?|joke|meme|when (?:my|the|she|he|they)) ',
);

export const MEANS_PLANNED_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${PLANNED.join('|')})`),
    unlessNear: new RegExp(`${EVERYDAY.source}|${NOT_A_PLAN.source}`, 'u'),
    unlessBefore: new RegExp(`${NOT_SAID_NOW.source}|${NOT_A_PLAN.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
