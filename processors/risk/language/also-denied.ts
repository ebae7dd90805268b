// A second thing joined to a denial is denied with it: "no thoughts of suicide or plans to end my life", "sina mawazo
// ya kujiua wala mpango wa kujidhuru", "neither thoughts nor any urge to hurt myself" (red teams 226 and 227).

const JOIN = String.raw`(?:or|nor|wala|au|ama)`;
/** What a denial names, in English and in Swahili or Sheng (reading.ts's DENIED_BEFORE reads them too). */
export const DENIED_NOUN = String.raw`(?:thoughts?|ideas?|plans?|intentions?|intent|urges?|wish(?:es)?|desires?)`;
export const SW_DENIED_NOUN = String.raw`(?:nia|mpango|mawazo|fikra|hamu|thoughts?|plans?|ideas?|intentions?)`;
const NOUN = String.raw`(?:${DENIED_NOUN}|${SW_DENIED_NOUN}|wazo)`;
const LINK = String.raw`(?:of|to|about|for|ya|za|wa|la)`;
/** Words the stripped second thing may not hold: a join, a time, or what may take the denial back ("… except at night",
 * "… yet", "… unless im alone", "au la": or not; code review of 65f2d19). */
const STOP = String.raw`(?:and|but|na|lakini|ila|because|so|then|halafu|since|tangu|until|mpaka|hadi|today|tonight|tomorrow|leo|kesho|usiku|now|sasa|anymore|tena|except|unless|other|apart|besides|yet|soon|still|more|than|when|whenever|only|every|kila|sometimes|isipokuwa|ispokuwa|bado|la)`;
/** The words joining the second thing to the first, up to the second's own words ("or", "nor any", "or plans to",
 * "wala ya"). */
const JOINED = new RegExp(String.raw`^ ${JOIN}(?: any| even)?(?: ${NOUN}(?: ${LINK})?| ${LINK})? $`, 'u');
/** The join and its link with up to three words of the second thing, none a join or a time of its own ("… or plans to
 * end my life", "… wala mpango wowote"; not "… or plans for tonight", "… wala mpango tangu wiki iliyopita"). */
const JOINED_THING = new RegExp(
  String.raw`^ ${JOIN}(?: any| even)? ${NOUN} (?:wowote|yoyote|zozote|lolote|at all|kabisa)(?= |$)|^ ${JOIN}(?: any| even)?(?: ${NOUN})? (?!la )${LINK}(?: (?!${STOP}(?!\p{L}))\p{L}+){1,3}(?= |$)`,
  'u',
);

interface Judged {
  from: number;
  to: number;
  factor: { code: string };
}

/** A clause's judged cues, each joined to a denied one judged again by `asDenied`, so that what follows it may still
 * take it back ("… or hurt myself more than i already do"). Left to right: a third thing joins the second. */
export function alsoDenied<J extends Judged>(
  judged: readonly J[],
  text: string,
  isIdeation: (j: J) => boolean,
  asDenied: (j: J) => J,
): J[] {
  const out = [...judged];
  const leftToRight = out.map((_, k) => k).sort((a, b) => out[a]!.from - out[b]!.from);
  for (const k of leftToRight) {
    const j = out[k]!;
    if (!isIdeation(j)) continue;
    // The nearest denial before it, not the first ("i dont want to die … and i have no thoughts of suicide or self harm").
    const denial = out
      .filter((x) => x.factor.code === 'negated' && x.to <= j.from + 1)
      .reduce<J | undefined>((a, x) => (a && a.to >= x.to ? a : x), undefined);
    if (denial && JOINED.test(text.slice(denial.to - 1, j.from + 1))) out[k] = asDenied(j);
  }
  return out;
}

/** The rest of a denial's clause without a second thing denied with it: what follows that may still take it back. */
export const withoutAlsoDenied = (after: string): string => after.replace(JOINED_THING, '');
