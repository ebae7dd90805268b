import type { Clause } from './normalise.js';
import { CONTINUING } from './patterns.js';
import { SW_BACK_EVERY, THING_EN_EVERYDAY, THING_SW_NOUNS } from './back-words.js';
import { AGAIN, againGoesOn } from './again-everyday.js';

// CONTINUING read any "again" and any bare Swahili "it is back" of a run-on check-in as the past going on, so "i used to
// self harm but last night i slept well again" and "nilijaribu kujiua 2020 … hamu ya kula imerudi" were critical
// (reviews 31, 39, 219, 220). After the cue "again" is read by again-everyday.ts, and "back" here: it counts unless a
// thing or a recovery is named with it. Any "again" before the cue still moves the story to now.

/** A recovery told after it: "hali imerudi kawaida", "maisha imerudi normal". */
const RECOVERED_AFTER =
  /^ (?:kawaida|normal|sawa|poa|shwari)(?= $| (?:na|sasa|lakini)\b)(?! na (?:zamani|mwanzo|kabla)\b)/u;
/** Things of the shared lists that are as often the pain itself: "maumivu ya moyo", "mambo yamerudi vile vile". */
const NOT_A_THING =
  / (?:mambo|maumivu(?! ya (?:jino|meno|mgongo|kichwa|tumbo|mguu|goti|mkono))|hamu(?! (?:yangu |yake )?ya (?:kula|kusoma|kazi|chakula)))(?= )/gu;
/** The thoughts, the act or a low mood named there ("hamu ya kujiua imerudi", "ile giza imerudi"), not said over. */
const THOUGHTS_SW =
  / (?:ku(?:jiua|fa|jitoa|jimaliza|jiumiza|jikata|jidhuru)|mawazo|hisia|fikira|fikra|thoughts|feelings|stress|kitu|hali|moyo|giza|huzuni|depression|sonona|shida|matatizo|sauti|voices?|pain|bad vibes|wazo)(?= )(?!(?: \p{L}+)? (?:yameisha|zimeisha|imeisha|hayapo|hazipo))/u;
const SW_JOINS = new Set('na sasa sai sahi lakini ila halafu but and now'.split(' '));

/** Whether a bare Swahili "back" of the clause is said of the thoughts, not of a thing named with it. */
function backGoesOn(text: string): boolean {
  for (const m of text.matchAll(SW_BACK_EVERY)) {
    const lead: string[] = [];
    const words = text.slice(0, m.index).trim().split(' ');
    for (let k = words.length - 1; k >= 0 && lead.length < 3 && !SW_JOINS.has(words[k]!); k--) lead.unshift(words[k]!);
    const tail = text
      .slice(m.index + m[0].length)
      .trim()
      .split(' ');
    const cut = tail.findIndex((w) => w === 'kwa' || w === 'na');
    const after = ` ${tail.slice(0, cut < 0 ? 2 : Math.min(cut, 2)).join(' ')} `;
    const around = ` ${lead.join(' ')} ${after} `;
    const recovered = RECOVERED_AFTER.test(` ${tail.slice(0, 3).join(' ')} `);
    // The thoughts first, but "hali / maisha imerudi kawaida" is a recovery whatever "hali" may name.
    const thoughts = THOUGHTS_SW.test(` ${lead.join(' ')}${m[0]} ${tail.slice(0, 3).join(' ')} `);
    if (thoughts && !(recovered && /(?:^|\s)(?:hali|maisha)$/u.test(lead.join(' ')))) return true;
    if (recovered) continue;
    if (!THING_SW_NOUNS.test(around.replace(NOT_A_THING, ' ')) && !THING_EN_EVERYDAY.test(around)) return true;
  }
  return false;
}

/** The clause says it goes on ("10 years later I still think about it", "… and now the urge is strong again"). */
const goesOn = (text: string): boolean => CONTINUING.test(text) || againGoesOn(text) || backGoesOn(text);

/** Whether the sentence of cue clause i says the past goes on: a clause of it, or any "again" before the cue (`before`,
 * the cue clause's words up to the cue). */
export function sentenceGoesOn(
  cs: readonly Clause[],
  i: number,
  before: string,
  sameSentence = cs.filter((x) => x.sentence === cs[i]!.sentence),
): boolean {
  const againEarlier = (x: Clause) => cs.indexOf(x) < i && AGAIN.test(x.text);
  return AGAIN.test(` ${before} `) || sameSentence.some((x) => goesOn(x.text) || againEarlier(x));
}
