// The farewells that close a check-in after an act (cues-act-farewell.ts, reviews 82–89): who they are said to, how
// near the act they must stand, and the one regex that asks it of the whole check-in.

/** A farewell to one's people, an apology or a plea that closes a life, not a day ("bye bye", "kwaheri" alone do). */
export const STRONG = [
  '(?:god |mum |mom |mama |please )?forgive me(?: for everything)?',
  '(?:mama |mungu |baba )?(?:nisamehe|nisameheni|mnisamehe|anisamehe|niwie radhi)(?: (?:kwa kila kitu|wazazi wangu|watoto wangu|wote|nyote))?',
  'naomba msamaha(?: kwa kila kitu)?',
  '(?:mtunze(?:ni)?|tunzeni|waangalieni|mwangalieni) (?:watoto wangu|mama(?: yangu)?|mtoto wangu)',
  '(?:i am |im )?(?:so |really |very |truly )?sorry(?: (?:mum|mom|mama|dad|baba))?(?: for everything)?',
  'samahani kwa kila kitu',
  '(?:dont|do not) (?:look for|cry for|forget) me',
  'msini(?:tafute|lilie|sahau)|usini(?:tafute|lilie|sahau)',
  '(?:nobody|no one) will miss me',
  'hakuna atakayenimiss',
  '(?:please )?take care of my (?:kids|children|baby|mum|mom|mother|daughter|son|family|sister|brother)',
  'tell my (?:mum|mom|mother|mama|dad|father|kids|children|family|wife|husband|daughter|son) (?:goodbye|kwaheri)',
  'good ?night forever',
  'tell my (?:mum|mom|mama|kids|children|family|wife|husband) (?:that )?(?:i am |im )?sorry',
  'mtunze(?:ni)? (?:watoto wangu|mama)',
  'tell my (?:mum|mom|mother|mama|dad|father|kids|children|family|wife|husband|daughter|son|sister|brother|parents) (?:that )?i love (?:her|him|them|you)',
  '(?:msalimie mama )?mwambie(?:ni)? (?:mama|baba|mke wangu|mume wangu) (?:kwamba )?nampenda',
  'i cant (?:do this|go on|take (?:it|this))(?: anymore)?',
  'siwezi tena',
];
const ADDRESSEE =
  '(?:everyone|every one|everybody|all|all of you|you all|guys|wasee|maze|msee|bro|buda|wote|nyote|kila mtu|family|familia(?: yangu)?|wapendwa(?: wangu)?|marafiki(?: zangu)?|ndugu(?: zangu)?|(?:watoto|wazazi|mke|mume|mpenzi|mtoto) wangu|mum|mom|mama|dad|baba|world|dunia|my (?:family|friends|kids|children|love|people))';
/** After one's own pills no casual Sheng addressee ("kwaheri maze"): the end of a dose reported too (review 88). */
const ADDRESSEE_OWN = ADDRESSEE.replace('|wasee|maze|msee|bro|buda', '');
const farewellTo = (addressee: string) => `(?:good ?bye|kwaheri|kwa heri|farewell) ${addressee}`;
/** Farewells said to one's people, besides "goodbye X" and "nawapenda". */
const FAREWELL_MORE = [
  `kwaherini(?: ${ADDRESSEE})?`,
  `buriani(?: ${ADDRESSEE})?`,
  'nakupenda mama',
  'i love you all',
  '(?:i am |im )?sorry (?:mum|mom|mama|dad|baba|family|everyone)',
];
const FAREWELL = [
  farewellTo(ADDRESSEE),
  'nawapenda(?: (?:wote|nyote|sana|watoto wangu|wazazi wangu))?',
  ...FAREWELL_MORE,
];
/** A plea or a farewell to one's people. */
export const CLOSER = [...STRONG, ...FAREWELL].join('|');
/** After one's own pills: no Sheng addressee, no bare "nawapenda" (review 88). */
export const CLOSER_OWN = [
  ...STRONG,
  farewellTo(ADDRESSEE_OWN),
  'nawapenda (?:wote|nyote|watoto wangu|wazazi wangu)',
  ...FAREWELL_MORE,
].join('|');
/** After an act no dose or errand explains, a bare farewell or one to friends closes it too ("… all the pills goodbye",
 * "… on the roof bye everyone"); after one's own pills it is the end of a dose reported (reviews 82, 83). */
export const BARE = `${CLOSER}|(?:good ?bye|goodby|kwaheri|kwa heri|bye bye|i love you(?: (?:mum|mom|mama|dad|baba|family))?|bye (?:everyone|everybody|guys|all|wasee|wote|mum|mom|mama|dad|baba)|good ?night (?:everyone|everybody|all))(?: (?:maze|msee|bro|buda|mathe))?`;
/** What may follow the farewell at the end ("… goodbye everyone now", "… nisamehe tu"). */
const TAIL = '(?: (?:tu|now|sasa|sana|all|wote|nyote|everyone|guys|mum|mom|mama|dad|baba|family|forever|milele))*';
/** At most two words between the act and the farewell: not thanks, a contrast or a meeting to come. */
const BETWEEN =
  '(?:(?!(?:asante\\p{L}*|thank|thanks|but|lakini|ila|see|tutaonana|tuonane|kesho|tomorrow)(?= ))\\p{L}+ ){0,2}?';
/** Between one's own pills or one's last hours and the farewell, only whose pills they were or a filler (review 86:
 * "… dawa zote niko sawa kwaheri wote" is a dose reported). */
export const BETWEEN_OWN =
  '(?:(?:vya|za|ya) (?:mama|baba|bibi|babu|dada|kaka|mume|mke|usingizi)(?: (?:yangu|wangu))? |(?:nilivyokuwa navyo|nilizokuwa nazo|nilivyo navyo|nilizo nazo) )?(?:(?:sasa|tu|basi|jamani|mimi|kwenu|duniani|wasee|maze) ){0,2}?';
/** Joined clauses are spaced widely: any run of spaces stands for one. */
const spaced = (source: string) => source.replaceAll(' ?', '\\s*').replaceAll(' ', '\\s+');
/** What may open the check-in before the act: a farewell, a plea for forgiveness, a last word to one's mother; never
 * "sorry" alone or "siwezi tena", which open apologies for lateness and complaints (review 83). */
const OPENING = [
  farewellTo(ADDRESSEE),
  FAREWELL_MORE[0],
  ...STRONG.slice(0, 2),
  '(?:i am |im )?sorry for everything|samahani kwa kila kitu',
  '(?:msalimie mama )?mwambie(?:ni)? (?:mama|baba) (?:kwamba )?nampenda',
].join('|');
/** The whole check-in (its clauses joined) ends with the act, at most a few words and farewells, or opens with a
 * farewell right before the act that ends it. */
export const closing = (acts: readonly string[], closers = CLOSER, between = BETWEEN) =>
  new RegExp(
    [
      `${spaced(`(?:${acts.join('|')}) ${between}(?:${closers})(?: (?:${closers}|kwaheri|kwa heri|goodbye|bye))*${TAIL}`)}\\s*$`,
      `^${spaced(` (?:${OPENING})(?: ${ADDRESSEE})?(?:${acts.join('|')})${TAIL}`)}\\s*$`,
    ].join('|'),
    'u',
  );
/** Several readings' closings, any one of which will do. */
export const anyOf = (...res: RegExp[]) => new RegExp(res.map((r) => r.source).join('|'), 'u');
