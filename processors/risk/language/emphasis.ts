import { normaliseWords } from './normalise.js';
// Emphasis inside a denial says the denial harder, never the opposite (session 56, red team 251): "sina hata mawazo ya
// kujiua", "sijawahi kamwe kufikiria kujiua", "i have never so much as thought of suicide", "not once have i thought of
// ending my life", Sheng "siko na mawazo ya kujiua" are read as the plain denial. The plain denial's reading lets
// through a crisis told beside it in words no rule reads (code reviews: "… ila leo nimenunua sumu", "nimenunua sumu
// sina hata …", "… except at night", "… i just decided"), which the emphatic form used to raise by accident; so the
// plain reading lowers it only beside empty, greeting or clearly ordinary talk (plainMayLower).

/** Swahili negators of having, thinking or wanting, then "hata (siku moja | mara moja | kidogo | kamwe)", "kamwe",
 * "kabisa" (not "sina hata moja", not one). */
const SW =
  /(?<![\p{L}'])(sina|sitaki|sija(?:wahi|wai|i)|sifikirii|siwazi|sijafikiria|sijawaza|sijapata) (?:hata(?: (?:siku|mara) moja| kidogo| kamwe| once)?|kamwe(?: hata)?|kabisa)(?= \p{L})(?! moja(?![\p{L}']))/giu;
/** "kamwe" opening a Swahili negation ("kamwe sijawahi kutamani kufa"). */
const SW_KAMWE = /(?<![\p{L}'])kamwe (?=si\p{L}+)/giu;
/** Sheng "siko na (hata | hizo | any) mawazo" (I am not with): "sina mawazo". */
const SIKO_NA =
  /(?<![\p{L}'])siko na(?: (?:hata|hizo|izo|hiyo|any|such))? (?=(?:mawazo|wazo|mpango|nia|plan|thoughts|hamu)(?![\p{L}']))/giu;
/** The verbs an English denial of thoughts or wishes is made of: only before one of them is emphasis stripped ("i dont
 * for one moment believe i deserve to live" and "not once have i told anyone" deny nothing). */
const VERB =
  "(?=(?:thought|think|thinking|considered|consider|contemplated|wanted|want|wished|wish|planned|plan|tried|try|had|felt|feel|imagined|entertained|desired)(?![\\p{L}']))";
const EN_NOT = "(?:never|(?:do|does|did|have|has|had)(?: not|n'?t|'nt))";
const EMPHASIS =
  '(?:once|so much as|for (?:a|one) (?:single )?(?:moment|second|minute|day|instant)|for once|at any (?:point|time|moment|stage)|one time)(?: in my (?:whole )?life)?';
/** "never / dont / havent … (even) once, so much as, for a moment, at any point, one time" before such a verb. */
const EN = new RegExp(`(?<![\\p{L}'])(${EN_NOT}) (?:ever )?(?:even )?${EMPHASIS} ${VERB}`, 'giu');
/** "i have at no point thought": as "i have never thought". */
const AT_NO = new RegExp(
  `(?<![\\p{L}'])(have|has|had|did) at no (?:point|time|stage)(?: in my (?:whole )?life)? ${VERB}`,
  'giu',
);
/** Inverted: "not once have i thought", "not for a single moment have i wanted", "at no time (in my life) have i", as
 * "never have i …"; "never not even once" as "never". */
const INVERTED = new RegExp(
  `(?<![\\p{L}'])(?:(?:not|never) (?:even )?(?:once|for (?:a|one) (?:single )?(?:moment|second|minute|day|instant))|at no (?:time|point|moment|stage))(?: in my (?:whole )?life)? (have|did|had|has) (i|we) (?:ever )?${VERB}`,
  'giu',
);
const NEVER_NOT_ONCE = /(?<![\p{L}'])never,? not (?:even )?once(?![\p{L}'])/giu;
const ALL = [SW, SW_KAMWE, SIKO_NA, EN, AT_NO, INVERTED, NEVER_NOT_ONCE];

/** What a denial denies, ending its own words ("… mawazo ya kujiua", "… thought of killing myself"). */
const OBJECT =
  /(?<![\p{L}'])(?:kujiua|kufa|kujimaliza|kujitoa uhai|kujidhuru|kuishi|suicide|suicidal|die|dying|(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending) (?:myself|my life|it all|it)|crossed my mind)(?![\p{L}'])/iu;
/** Anywhere else in the check-in, words that may take a denial back or tell a crisis beside it: an exception, now or a
 * time, a date, how often, a decision or plan, means got or used, an act, a goodbye or burden, a retraction, the
 * future or a wish after "thought" ("never thought i would …", "sijawahi kufikiria nitataka …"). */
const MORE_TO_SAY = new RegExp(
  `(?<![\\p{L}'])(?:${[
    'except|apart from|other than|besides|isipokuwa|ispokuwa|until|till|unless|mpaka|hadi|before|kabla|yet|anymore|any more',
    'now|sasa|saa hii|lately|recently|siku hizi|these days|tonight|usiku|last night|jana|yesterday|juzi|soon',
    'tomorrow|kesho',
    'weekend|wikendi|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jumamosi|jumapili|ijumaa|the day|ndio siku',
    'sometimes|wakati mwingine|often|mara (?:nyingi|moja moja|kwa mara)|a few times|many times|kila (?:siku|wakati|saa)',
    'every (?:day|night|single day)|all the time|daily|all i think about',
    'decided|decide|made up my mind|nimeamua|nimeshaamua|nishaamua|plan|plans|planned|planning|mpango|ploti|ready|tayari',
    'bought|buy|nunua|nimenunua|nimeshanunua|nilinunua|took|taken|swallowed|drank|meza|nilimeza|nimemeza|nilikunywa',
    'pills?|tablets?|tembe|dawa|sumu|poison|rat|panya|jik|rope|kamba|knife|kisu|blade|wembe|bridge|daraja|river|mto',
    'tracks|reli|roof|paa|gun|bunduki|noose|letter|letters|barua|wosia|goodbye|kwaheri|gave away|given away|nimegawa',
    "better off|without me|bila mimi|burden|mzigo|gone|it'?s over",
    'cut|cutting|hurt|harm|jikata|jidhuru|jiumiza|attempt|attempted|jaribu|nilijaribu|tried|do it|kufanya hivyo',
    "i would|i will|i'?ll|i'?d|id|i could|i'?m (?:gonna|going to)|nita\\p{L}+|ninge\\p{L}+|kwamba|that i",
    'but they|they come|lie|lying|uongo|si kweli|promise|ahadi|said no one|said nobody',
  ].join('|')})(?![\\p{L}'])`,
  'iu',
);

/** After the denial only (before it they open a check-in: "honestly i have never once …"): a retraction or a hedge. */
const TAKEN_BACK_AFTER = new RegExp(
  `(?<![\\p{L}'])(?:${[
    'actually|to be honest|tbh|honestly i|kusema ukweli|ukweli ni|jk|just kidding|kidding|natania|danganya|nadanganya',
    "ama|maybe|labda|niko nayo|ninayo|nazo|i (?:do|have)(?= *$| (?:sometimes|often|many times|though|lol)(?![\\p{L}']))",
  ].join('|')})(?![\\p{L}'])`,
  'iu',
);
/** A time right after the denial's object sets the denial to it ("sina hata mawazo ya kujiua leo", "… this morning",
 * "… since breakfast"); further on it is the day's news ("… stressed about rent this month"). */
const DATED =
  /^ *(?:\S+ ){0,2}?(?:today|leo|this (?:morning|afternoon|evening|week|month)|wiki hii|mwezi huu|asubuhi|since|tangu|in the last)(?![\p{L}'])/iu;

/** Greetings and fillers that may open a check-in before the denial ("habari daktari, hapana, sina hata …"). */
const OPENING =
  /^(?:no|nope|hapana|honestly|doc|doctor|dokta|daktari|habari|hello|hi|hey|sawa|well|so|kusema|ukweli|to|be|honest|manze|aki|bana|maze|wacha|hizo|i|have|has|had|ive|im|am|mimi|mi|kwa|kweli|and|but|yes|yeah|ok|okay|eh|um|good|morning|evening|afternoon|na|ni|yangu|wangu|you|know|like)$/u;
const opening = (words: string): boolean =>
  words
    .split(' ')
    .filter(Boolean)
    .every((w) => OPENING.test(w));

/** Reassurances and fillers after a denial ("niko sawa tu", "im fine", "bana"). */
const REASSURED =
  /(?<![\p{L}'])(?:niko (?:sawa|poa|fiti|fresh|salama|okay|ok|fine)(?: tu| kabisa)?|(?:im|i am) (?:doing )?(?:fine|okay|ok|good|well|alright)(?: (?:now|today))?|bana|manze|maze|tu|kwa kweli|honestly)(?![\p{L}'])/gu;

/** `text` (folded) with every emphatic denial read as the plain one ("sina hata mawazo" → "sina mawazo"). */
export function plainDenials(text: string): string {
  return ALL.reduce((t, re) => t.replace(re, (_m: string, ...g: unknown[]) => plain(re, g as string[])), text);
}

/** The plain reading may stand for an emphatic denial (and so lower it) only where the rest of the check-in, before it
 * and after its own words, is empty, greetings, or clearly ordinary talk (`everyday`: taken-back.ts's reading of an
 * everyday sentence), with no word that may take it back; elsewhere the graver of the two readings counts (a code
 * review: goodbyes, research, others' beliefs told beside an emphatic denial in words no list holds). */
export function plainMayLower(text: string, everyday: (words: string) => boolean): boolean {
  const first = ALL.map((re) => text.search(re)).filter((k) => k >= 0);
  if (first.length === 0) return false;
  const at = Math.min(...first);
  // The denial's own words, to its object ("sina hata mawazo ya kujiua"), or two words when none is named near.
  const tail = text.slice(at);
  const object = OBJECT.exec(tail.split(/\s+/u).slice(0, 12).join(' '));
  const own = object ? tail.indexOf(object[0]) + object[0].length : (/^\S+ \S+/u.exec(tail)?.[0].length ?? 0);
  const before = normaliseWords(text.slice(0, at));
  const after = normaliseWords(tail.slice(own));
  if (MORE_TO_SAY.test(` ${before} ${after} `) || TAKEN_BACK_AFTER.test(` ${after} `) || DATED.test(` ${after} `))
    return false;
  // Reassurance after the denial is no news ("… niko sawa tu", "… im fine"): read what else is said.
  const news = after.replace(REASSURED, ' ').replace(/\s+/gu, ' ').trim();
  return (opening(before) || everyday(before)) && (news === '' || everyday(news));
}

/** The plain denial an emphatic one stands for. */
function plain(re: RegExp, [a, b]: string[]): string {
  if (re === SW) return a === 'sijai' ? 'sijawahi' : a!;
  if (re === SW_KAMWE) return '';
  if (re === SIKO_NA) return 'sina ';
  if (re === EN) return `${a!.replace(/n'?t$|'nt$/iu, ' not')} `;
  if (re === AT_NO) return `${a} never `;
  if (re === INVERTED) return `never ${a} ${b} `;
  return 'never';
}
