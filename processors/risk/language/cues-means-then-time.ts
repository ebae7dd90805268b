import type { Cue } from './patterns.js';
import { NOT_OWN_NOW } from './act-farewell-words.js';
import { NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, anySpaces, re } from './words.js';

// A means said to be ready, kept or just got, then the moment to use it (session 39, red team 171): "the rope is in
// the goat shed. when they sleep tonight i will go there", "kamba iko tayari kwenye mti … nasubiri giza tu",
// "nimeshaficha zile tabs kwa bag leo ndo leo", "the rope iko tayari kwa shamba, nikimaliza hii call naenda". The
// means alone is a farm's or a clinic's; the moment alone is an errand's. Together, with nothing after the moment,
// they are a plan. Raise only (patterns.ts LATER_CUES).

const MEANS =
  '(?:rope|noose|pills|tablets|tabs|poison|rat poison|razor|blade|kamba|sumu(?: ya panya)?|dawa ya panya|vidonge|tembe|wembe|jik|bleach)';
/** Not pills: pills bought or had, then taken tonight, are a prescription's shape too ("i got the pills from the pharmacy
 * i will take them tonight"); pills count when said ready or hidden. */
const NOT_PILLS =
  '(?:rope|noose|poison|rat poison|razor|blade|kamba|sumu(?: ya panya)?|dawa ya panya|wembe|jik|bleach)';
const THE = '(?:(?:the|my|some|a|zile|ile|hiyo|hizo|hizi) )?';
/** The means ready, in a place, or got by the speaker. */
const READY = [
  `(?:(?:the|my) )?${MEANS} (?:is|are|iko|ziko|viko|ipo) (?:ready|tayari|here|with me|hidden|in|under|inside|behind|at|kwa|kwenye|chini ya|ndani ya)(?= )`,
  `${MEANS} (?:iko|ipo|ziko|viko|kiko) (?:tayari|kwa|kwenye|chini ya|ndani ya)(?= )`,
  `i (?:have|ve got|have got|got|bought) ${THE}${NOT_PILLS}(?= )`,
  `(?:nime(?:sha)?(?:nunua|buy|pata|beba|weka)|nilinunua|nina|niko na) ${THE}${NOT_PILLS}(?= )`,
  `(?:i (?:hid|have hidden)|nime(?:sha)?ficha|nilificha) ${THE}${MEANS}(?= )`,
];
/** Then the moment, ending the check-in: a night, the house asleep, darkness awaited, this call over. */
const MOMENT = [
  `(?:when|once|after) (?:they|everyone|the house|my \\p{L}+) (?:sleep|sleeps|is asleep|are asleep|go to sleep)(?: tonight)? (?:i will|ill|im going to|i am going to) (?:go(?: there)?|do it)`,
  `tonight (?:i will|ill|im going to|i am going to) (?:do it|go(?: there)?|use (?:it|them))`,
  `(?:i will|ill|(?:i am |im )?going to|(?:i am |im )?gonna) (?:do it|use (?:it|them)) tonight`,
  `tonight is the night|leo (?:ndo|ndio|ndiyo) leo|nasubiri (?:giza|usiku)(?: tu)?|(?:just )?waiting for (?:dark|the night|night to fall|everyone to sleep)`,
  `(?:nikimaliza|after) (?:hii|this) (?:call|simu) (?:naenda|nitaenda|i will go|im going|i go)`,
  `(?:usiku wa leo|leo usiku) (?:nitafanya|nitaenda|naenda|nitatumia)(?: hivyo)?`,
  `(?:usiku wa leo|leo usiku|tonight|tonite)(?: (?:when|once|after) (?:everyone|evryone|they|the house) (?:sleeps|is asleep|are asleep))? (?:namaliza|nitamaliza|im done|i am done|ill be gone|i will be gone)`,
  `(?:nita|nta)(?:i|vi|zi|ki)?(?:tumia|meza|kunywa) (?:leo usiku|usiku wa leo|usiku huu|kesho usiku|tonight)`,
];
/** … or the day said first, the means kept after it ending the check-in: "leo ndo leo. nimeshaficha zile tabs kwa bag". */
const DAY_FIRST = '(?:leo (?:ndo|ndio|ndiyo) leo|tonight is the night)';
/** The errands a means and a night share: animals, a farm job, a tent, a dose, a clinic, a party, a trip. */
const ERRAND = re(
  ' (?:goats?(?! shed)|cows?(?! shed)|ng.ombe|mbuzi|mifugo|kuku|chickens?|dog|mbwa|tie|tied|funga|fence|tent|camping|clothes ?line|washing|swing|bembea|firewood|kuni|load|mzigo|lorry|truck|rats?(?! poison)|(?<!(?:sumu|dawa) ya )panya|mice|pests?|cockroach\\p{L}*|mende|crops|spray\\p{L}*|prescribed|doctor|daktari|dose|malaria|headache|fever|arvs?|clinic|kliniki|hospital\\p{L}*|refill|kila siku|every day|party|sherehe|trip|safari|exam\\p{L}*|assignment|project|shave|shaving|kunyoa|hair|nywele|craft|game|mechi) ',
);

export const MEANS_THEN_TIME_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` (?:${READY.join('|')})`),
    onlyWhole: re(
      anySpaces(
        `(?: (?:${READY.join('|')})(?: [\\p{L}\\p{N}]+){0,12}? (?:${MOMENT.join('|')})(?= *$)| ${DAY_FIRST}(?: [\\p{L}\\p{N}]+){0,6}? (?:${READY.join('|')})(?: [\\p{L}\\p{N}]+){0,3}(?= *$))`,
      ),
    ),
    unlessWhole: ERRAND,
    unlessBefore: NOT_OWN_PLAN,
    unlessSentence: NOT_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
