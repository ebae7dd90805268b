import type { Cue } from './patterns.js';
import { NOT_OWN_NOW } from './act-farewell-words.js';
import { FOOD, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, anySpaces, re } from './words.js';

// A means said to be ready, kept or just got, then the moment to use it (session 39, red team 171): "the rope is in
// the goat shed. when they sleep tonight i will go there", "kamba iko tayari kwenye mti … nasubiri giza tu",
// "nimeshaficha zile tabs kwa bag leo ndo leo", "the rope iko tayari kwa shamba, nikimaliza hii call naenda". The
// means alone is a farm's or a clinic's; the moment alone is an errand's. Together, with nothing after the moment,
// they are a plan. Raise only (patterns.ts LATER_CUES).

/** Not pills: pills bought or had, then taken tonight, are a prescription's shape too ("i got the pills from the pharmacy
 * i will take them tonight"); pills count when said ready or hidden. */
const NOT_PILLS =
  '(?:rope|noose|poison|rat poison|razor|blade|kamba|sumu(?: ya panya)?|dawa ya panya|wembe|jik|bleach)';
const MEANS = `(?:${NOT_PILLS}|pills|tablets|tabs|vidonge|tembe)`;
const THE = '(?:(?:the|my|some|a|zile|ile|hiyo|hizo|hizi) )?';
/** The speaker's own places: pills there are kept, not waiting at a chemist's. */
const OWN_PLACE =
  '(?:in|under|inside|behind) my \\p{L}+|(?:kwa|kwenye|chini ya|ndani ya) (?:bag|begi|room|rum|chumba|godoro|mto|kitanda|droo|drawer|sock|soksi|wardrobe|kabati)(?: yangu| changu| langu)?';
/** The means ready, hidden or in the speaker's place (a code review, session 39: pills "at the chemist" are an errand). */
const READY = [
  `(?:(?:the|my) )?${NOT_PILLS} (?:is|are|iko|ziko|viko|ipo|kiko) (?:(?:tied|made|set up) and )?(?:ready|tayari|here|with me|hidden|in|under|inside|behind|at|kwa|kwenye|chini ya|ndani ya)(?= )`,
  `(?:(?:the|my|zile|hizo) )?${MEANS} (?:is|are|iko|ziko|viko|ipo|vipo|zipo) (?:ready|tayari|hidden|${OWN_PLACE})(?= )`,
  `(?:i (?:hid|have hidden)|nime(?:sha)?ficha|nilificha) ${THE}${MEANS}(?= )`,
  // Had and said ready or in the speaker's own place (review 182: "niko na kamba kwa bag, leo ndio leo").
  `(?:i (?:have|have got|got|kept|have kept)|nina|niko na|nimeweka|nimehifadhi) ${THE}${NOT_PILLS} (?:ready|tayari|${OWN_PLACE})(?= )`,
];
/** … or only had or bought: then only a moment of doing counts, never a bare "leo ndo leo" (soap, a new razor). */
const HAD = [
  `i (?:have|ve got|have got|got|bought|kept|have kept) ${THE}${NOT_PILLS}(?= )`,
  `(?:nime(?:sha)?(?:nunua|buy|pata|beba|weka)|nilinunua|nina|niko na) ${THE}${NOT_PILLS}(?= )`,
];
/** Then the moment of doing: the house asleep, this night, darkness awaited, done tonight. */
const DOING = [
  `(?:when|once|after) (?:they|everyone|evryone|the house|my \\p{L}+) (?:sleep|sleeps|is asleep|are asleep|go to sleep)(?: tonight)? (?:i will|ill|i am going to|i am gonna) (?:go(?: there)?|do it)`,
  `tonight (?:i will|ill|i am going to) (?:do it|go(?: there)?|use (?:it|them))`,
  `(?:i will|ill|(?:i am )?going to|(?:i am )?gonna) (?:do it|use (?:it|them)) tonight`,
  `nasubiri (?:giza|usiku)(?: tu)?|(?:just )?waiting for (?:dark|the night|night to fall|everyone to sleep)`,
  `(?:usiku wa leo|leo usiku) (?:nitafanya|nitaenda|naenda|nitatumia)(?: hivyo)?`,
  `(?:usiku wa leo|leo usiku|tonight|tonite)(?: (?:when|once|after) (?:everyone|evryone|they|the house) (?:sleeps|is asleep|are asleep))? (?:namaliza|nitamaliza|i am done|ill be gone|i will be gone)`,
  `(?:nita|nta)(?:i|vi|zi|ki|u)?(?:tumia|meza|kunywa) (?:leo usiku|usiku wa leo|usiku huu|kesho usiku|tonight)`,
];
/** Drunk at a time after a poison had (review 182: "… i will drink it tomorrow", "… nitakunywa kesho"), never pills said
 * ready (a dose for the morning), with no food or drink named between ("nimenunua jik na sukari soda nitaikunywa kesho"). */
const DRUNK_LATER = [
  `(?:i will|ill|i am going to) (?:drink|swallow) it (?:tonight|tomorrow|later|today)`,
  `(?:nita|nta)(?:i|vi|zi|ki|u)?(?:meza|kunywa) (?:kesho|leo)(?: (?:asubuhi|jioni|mchana))?`,
];
/** Food, drink or medicine, and what else is drunk by the glass ("nimeamua nitakunywa kahawa kila asubuhi"). */
const DRINKS = `(?:${FOOD}|kahawa|coffee|wine|mvinyo|glasi|glass|cup|kikombe|vikombe)`;
/** Someone else bringing something: "… jirani ameleta mursik", "… my aunt brought herbs". */
const OTHER_BRINGING = '(?:brought|gave|sent|(?:a|wa)(?:me|li|ka)\\p{L}+)';
/** Up to `max` words none of which is a drink, someone else's bringing or one of `joins` (a second thing bought: "… jik
 * na mala", "… bleach and a yoghurt"; code reviews: no list of drinks is whole). */
const drinkFree = (max: number, joins: string) =>
  `(?: (?!(?:${DRINKS}|${OTHER_BRINGING}|${joins})(?= ))[\\p{L}\\p{N}]+){0,${max}}?`;
const FOOD_FREE = drinkFree(12, 'and|na|pia|plus|with|pamoja');
/** … the same before a decision, where "na" joins the decision ("nimeweka sumu kwa nyumba na nimeamua …"). */
const FOOD_FREE_TO_DECIDED = drinkFree(8, 'and|pia|plus|with|pamoja');
/** Decided, then drunk (review 182: "nimeweka sumu kwa nyumba na nimeamua nikimaliza kuvuna hiki kidogo nitakunywa,
 * watoto watabaki na shamba angalau"): poisons only, the verb ending its clause or a time after it ("… nitakunywa
 * mursik kila jioni" names the drink: a code review). */
const DECIDED = `(?:nimeamua|nimeshaamua|i have decided)(?: [\\p{L}\\p{N}]+){0,5}? (?:nitakunywa|nitaikunywa|nitainywa|nitaimeza|i will drink it)(?:(?= {2}| *$)| (?:leo|kesho|usiku|tonight|tomorrow|today)(?: (?:usiku|jioni|asubuhi|night))?(?= {2}| *$))`;
const POISONED = `(?:i (?:have|have got|got|bought|kept|have kept)|nina|niko na|nime(?:sha)?(?:nunua|buy|pata|weka|ficha|hifadhi)|nilinunua) ${THE}(?:sumu(?: ya panya)?|poison|rat poison|dawa ya panya|jik|bleach)(?= )`;
/** … or a moment said bare, after a means ready or hidden only. */
const BARE = [
  `tonight is the night|leo (?:ndo|ndio|ndiyo) leo|(?:leo usiku|usiku wa leo|tonight) (?:ndio|ndo|ni|is) (?:mwisho|the end)`,
  `(?:nikimaliza|after) (?:hii|this) (?:call|simu) (?:naenda|nitaenda|i will go|i am going|i go)`,
];
/** What may follow the moment: a farewell or a plea not to be forgotten ("… nasubiri giza tu. msinisahau"). */
const FAREWELL_AFTER =
  '(?: (?:msinisahau|usinisahau|goodbye|kwaheri|bye|(?:i am )?(?:so )?sorry|samahani|m?nisamehe|tusamehe|(?:please )?forgive me|i love you)(?: [\\p{L}\\p{N}]+){0,3})?(?= *$)';
/** … or the day said first, the means kept after it ending the check-in: "leo ndo leo. nimeshaficha zile tabs kwa bag". */
const DAY_FIRST = '(?:leo (?:ndo|ndio|ndiyo) leo|tonight is the night)';
/** The errands a means and a night share: animals, a farm job, laundry, a lorry, pests, a dose, a clinic, a party. */
const ERRAND = re(
  ' (?:goats?(?! shed)|cows?(?! shed)|ng.ombe|mbuzi|mifugo|kuku|chickens?|dog|mbwa|fence|tent|camping|clothes ?line|washing|anika\\p{L}*|kuanikia|kufua|swing|bembea|firewood|kuni|load|mzigo|lorry|lori|truck|rats?(?! poison)|(?<!(?:sumu|dawa) ya )panya|mice|pests?|cockroach\\p{L}*|mende|kunguni|bedbugs?|mchwa|termites?|crops|spray\\p{L}*|sabuni|soap|omo|stain|duka|dukani|shop|store|market|soko\\p{L}*|prescribed|doctor|daktari|dose|malaria|headache|fever|arvs?|clinic|kliniki|hospital\\p{L}*|chemist|pharmacy|refill|party|sherehe|trip|safari|exam\\p{L}*|assignment|project|shave|shaving|kunyoa|hair|nywele|craft|game|mechi|weeds?|magugu|calf|ndama|sheep|kondoo|tug) ',
);
const any = (xs: string[]) => `(?:${xs.join('|')})`;

export const MEANS_THEN_TIME_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${any([...READY, ...HAD, POISONED])}`),
    onlyWhole: re(
      anySpaces(
        `(?: ${any(READY)}(?: [\\p{L}\\p{N}]+){0,12}? ${any([...DOING, ...BARE])}${FAREWELL_AFTER}| ${any(HAD)}(?: [\\p{L}\\p{N}]+){0,12}? ${any(DOING)}${FAREWELL_AFTER}| ${DAY_FIRST}(?: [\\p{L}\\p{N}]+){0,6}? ${any(READY)}(?: [\\p{L}\\p{N}]+){0,3}(?= *$)| ${POISONED}${FOOD_FREE_TO_DECIDED} ${DECIDED}| ${any([...HAD, POISONED])}${FOOD_FREE} ${any(DRUNK_LATER)}${FAREWELL_AFTER})`,
      ),
    ),
    unlessWhole: ERRAND,
    unlessBefore: NOT_OWN_PLAN,
    unlessSentence: NOT_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
