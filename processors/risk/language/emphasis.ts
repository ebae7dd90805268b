// Emphasis inside a denial says the denial harder, never the opposite (session 56, red team 251): "sina hata mawazo ya
// kujiua", "sijawahi kamwe kufikiria kujiua", "i have never so much as thought of suicide", "not once have i thought of
// ending my life" are read as the plain denial. The plain denial's reading lets through a crisis told after it in words
// no rule reads (a code review: "… ila leo nimenunua sumu", "… except at night", "… i just decided"), which the
// emphatic form used to raise by accident; so the emphasis is kept wherever anything after it may take the denial back.

/** Swahili negators of having, thinking or wanting, then "hata (siku moja | mara moja | kidogo | kamwe)", "kamwe",
 * "kabisa" (not "sina hata moja", not one). */
const SW =
  /(?<![\p{L}'])(sina|sitaki|sija(?:wahi|wai)|sifikirii|siwazi|sijafikiria|sijawaza|sijapata) (?:hata(?: (?:siku|mara) moja| kidogo| kamwe| once)?|kamwe(?: hata)?|kabisa)(?= \p{L})(?! moja(?![\p{L}']))/giu;
/** "kamwe" opening a Swahili negation ("kamwe sijawahi kutamani kufa"). */
const SW_KAMWE = /(?<![\p{L}'])kamwe (?=si\p{L}+)/giu;
/** The verbs an English denial of thoughts or wishes is made of: only before one of them is emphasis stripped ("i dont
 * for one moment believe i deserve to live" and "not once have i told anyone" deny nothing). */
const VERB =
  "(?=(?:thought|think|thinking|considered|consider|contemplated|wanted|want|wished|wish|planned|plan|tried|try|had|felt|feel|imagined|entertained|desired)(?![\\p{L}']))";
const EN_NOT = "(?:never|(?:do|does|did|have|has|had)(?: not|n'?t|'nt))";
/** "never / dont / havent … (even) once, so much as, for a moment, at any point, one time" before such a verb. */
const EN = new RegExp(
  `(?<![\\p{L}'])(${EN_NOT}) (?:ever )?(?:even )?(?:once|so much as|for (?:a|one) (?:single )?(?:moment|second|minute|day|instant)|for once|at any (?:point|time|moment|stage)|one time) ${VERB}`,
  'giu',
);
/** Inverted: "not once have i thought", "not for a single moment have i wanted", "at no time have i", as "never have
 * i …"; "never not even once" as "never". */
const INVERTED = new RegExp(
  `(?<![\\p{L}'])(?:(?:not|never) (?:even )?(?:once|for (?:a|one) (?:single )?(?:moment|second|minute|day|instant))|at no (?:time|point|moment|stage)) (have|did|had|has) (i|we) (?:ever )?${VERB}`,
  'giu',
);
const NEVER_NOT_ONCE = /(?<![\p{L}'])never,? not (?:even )?once(?![\p{L}'])/giu;
/** After a denial, words that may take it back: an exception, "now", a time of the act, a decision or plan, means got or
 * used, an act told, a future or a wish after "thought" ("never thought i would …", "sijawahi kufikiria nitataka …"). */
const MORE_TO_SAY = new RegExp(
  `(?<![\\p{L}'])(?:${[
    'except|apart from|other than|besides|isipokuwa|ispokuwa|until|till|unless|mpaka|hadi|before|kabla|yet|anymore|any more',
    'now|sasa|saa hii|lately|recently|siku hizi|these days|tonight|leo usiku|last night|jana|yesterday|juzi|soon',
    'decided|decide|made up my mind|nimeamua|nimeshaamua|nishaamua|plan|plans|planned|planning|mpango|ploti|ready|tayari',
    'bought|buy|nunua|nimenunua|nimeshanunua|nilinunua|took|taken|swallowed|drank|meza|nilimeza|nimemeza|nilikunywa',
    'pills?|tablets?|tembe|dawa|sumu|poison|rat|panya|jik|rope|kamba|knife|kisu|blade|wembe|bridge|daraja|river|mto',
    'tracks|reli|roof|paa|gun|bunduki|noose|letter|letters|barua|wosia|goodbye|kwaheri',
    'cut|cutting|hurt|harm|jikata|jidhuru|jiumiza|attempt|attempted|jaribu|nilijaribu|tried|do it|kufanya hivyo',
    'i would|i will|ill|id|i could|nita\\p{L}+|ninge\\p{L}+|kwamba|that i',
    'but they|they come|lie|lying|uongo|si kweli|promise|ahadi|said no one|said nobody',
  ].join('|')})(?![\\p{L}'])`,
  'iu',
);

/** `text` (folded) with the emphasis inside its denials taken out, or as it is when anything after the first emphatic
 * denial may take it back. */
export function withoutEmphasis(text: string): string {
  const first = [SW, SW_KAMWE, EN, INVERTED, NEVER_NOT_ONCE].map((re) => text.search(re)).filter((k) => k >= 0);
  if (first.length === 0) return text;
  if (MORE_TO_SAY.test(text.slice(Math.min(...first)).replace(/^\S+ \S+/u, ''))) return text;
  return text
    .replace(NEVER_NOT_ONCE, 'never')
    .replace(INVERTED, 'never $1 $2 ')
    .replace(SW_KAMWE, '')
    .replace(SW, '$1')
    .replace(EN, (_m, not: string) => `${not.replace(/n'?t$|'nt$/iu, ' not')} `);
}
