// The words of something coming back, and the things that may be what came back, shared by repeated.ts ("they're back"
// after the thoughts) and continuing.ts (the bare Swahili "back" anywhere in a past's sentence).

const THING_WORDS =
  'malaria|pain|ulcer|ulcers|headache|cough|flu|fever|sickness|illness|disease|rain|rains|drought|job|money|business|phone|car|network|power|stima|umeme|water|maji|appetite|hope|joy|peace|sleep|energy|strength|nguvu|smile|confidence|health|afya|period|periods|rash|allergy|asthma|pressure|sugar|voice|weight|land|shamba|id|passport|licence|license|faith|imani|hair|memory|eyesight|vision|humou?r|cancer|tumou?r|tb|hiv|stroke|seizures?|fits|kifafa|saratani';
/** English things that may be what came back ("since march it's back": an illness, the rain, a job). */
export const THING = new RegExp(` (?:${THING_WORDS}) `, 'u');
/** … less the ones that are as often the pain or the voice of it ("ile pain imerudi"). */
export const THING_EN_EVERYDAY = new RegExp(
  ` (?:${THING_WORDS.split('|')
    .filter((w) => !['pain', 'voice', 'memory'].includes(w))
    .join('|')}) `,
  'u',
);

/** The Swahili "back" forms: "imerudi", "zimenirudia", "yamerejea", "kimerudi", "limerudi". */
const SW_BACK_FORMS = '(?:zi|ya|i|ki|li)me(?:ni)?(?:rudi|rudia|rejea)';
export const SW_BACK = new RegExp(` ${SW_BACK_FORMS}`, 'u');
export const SW_BACK_EVERY = new RegExp(` ${SW_BACK_FORMS}(?= |$)`, 'gu');
/** Swahili things that may be what came back: cattle, money, rain, work, customers, friends, strength, joy. */
export const THING_SW_NOUNS =
  / (?:ng'?ombe|mbuzi|kuku|pesa|madeni|deni|maji|stima|umeme|mvua|kazi|order|oda|wateja|customers|vibes|mabeshte|marafiki|bei|maumivu|mambo|network|mtandao|hamu|ari|tumaini|matumaini|nguvu|afya|furaha|amani|raha|simu|nguo|funguo|mbwa|paka|pikipiki|gari|vitu|mali|kibarua|chama|kikundi|duka|soko|jua|tumbo|jino|genge|kiwanda|kipato)\b| \p{L}+ (?:changu|chetu|langu|letu)\b/u;
/** … and, for "they're back" right after a thing told, any possessed or past-marked noun ("ng'ombe zangu zilirudi"). */
export const THING_SW = new RegExp(
  `${THING_SW_NOUNS.source}| \\p{L}+ (?:zangu|zetu|zake|zao)\\b| (?:zili|wali)\\p{L}+`,
  'u',
);
