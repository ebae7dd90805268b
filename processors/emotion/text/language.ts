import { EN_CATEGORIES, afinnValence } from './lexicons/en.js';
import { SW_AFINN_CHECKED } from './lexicons/sw-afinn-checked.js';
import { SW_REASSURANCE, SW_WORDS } from './lexicons/sw.js';
import { swahiliRoot } from './lexicons/sw-roots.js';
import { set } from './lexicons/types.js';
import type { Token } from './tokens.js';

// Language of a check-in from its tokens: function words count most, lexicon words and word shape less.

export type TextLanguage = 'en' | 'sw' | 'mixed' | 'unknown';

const SW_FUNCTION = set(
  'na, ni, kwa, ya, wa, za, la, cha, vya, kuna, hii, hiyo, huyo, yule, lakini, ila, sana, tu, mimi, wewe, yeye, ' +
    'sisi, yangu, yako, yake, wangu, niko, uko, yuko, tuko, sijui, leo, jana, kesho, kama, bado, pia, hapa, pale, ' +
    'sasa, hakuna, nini, kwenye, kwamba, kila, kitu, vitu, siku, hizi, hivi, zangu, watu, mtu, maisha, kazi, ' +
    'nyumbani, hata, au, ama, tena, mambo, habari, kabisa, sababu, juu, chini, ndani, nje, bila, zaidi, mno, ndio, ' +
    'hapana, si, sio, mbona, vile, vipi, aje, manze, maze, msee, buda, bana, mbogi, ile, nilikuwa, ilikuwa, kuwa, ' +
    'yaani, nimekuwa, nina, sina, wiki, mwezi, mwaka, nyingi, mingi, kidogo, fulani, pesa, shule, familia, nataka',
);
const EN_FUNCTION = set(
  'the, a, an, and, is, am, are, was, were, i, you, he, she, it, we, they, me, my, your, to, of, in, on, at, for, ' +
    'with, that, this, have, has, had, do, does, did, not, but, so, just, what, how, when, because, really, very, ' +
    'feel, feeling, been, be, will, would, can, there, about, all, like, know, today, work, week, time, get, got, ' +
    "go, going, some, much, lot, i'm, it's, don't, can't, if, or, from, by, out, up, too, also, who, why, them, " +
    'our, their, no, yes, well, then, than, now, nothing, think, said, things, people, day, been, more, even, still, want',
);
const SW_START = ['ni', 'na', 'ku', 'wa', 'ali', 'ame', 'tu', 'ana', 'uli', 'ha', 'si', 'ki', 'vi', 'm'];
const VOWELS = 'aeiou';

/** Swahili/English evidence of one token: [sw, en]. */
function score(t: Token): [number, number] {
  const w = t.text;
  if (t.emoji || !/[a-z]/.test(w)) return [0, 0];
  if (SW_FUNCTION.has(w)) return [1, 0];
  if (EN_FUNCTION.has(w)) return [0, 1];
  if (SW_WORDS.has(w) || SW_AFINN_CHECKED.has(w) || Object.hasOwn(SW_REASSURANCE, w)) return [0.7, 0];
  if (EN_CATEGORIES.has(w) || afinnValence(w) !== undefined) return [0, 0.7];
  if (swahiliRoot(w)) return [0.7, 0];
  const last = w[w.length - 1]!;
  // Swahili words end in a vowel and verbs start with subject/tense prefixes (ni-, na-, ku-, wa-).
  if (VOWELS.includes(last)) return w.length >= 4 && SW_START.some((p) => w.startsWith(p)) ? [0.5, 0] : [0.2, 0.1];
  return w.length >= 3 ? [0, 0.4] : [0, 0.1];
}

export function languageOf(tokens: Token[]): TextLanguage {
  let sw = 0;
  let en = 0;
  for (const t of tokens) {
    const [s, e] = score(t);
    sw += s;
    en += e;
  }
  const total = sw + en;
  if (total < 0.5) return 'unknown';
  const share = sw / total;
  if (share >= 0.7) return 'sw';
  if (share <= 0.3) return 'en';
  return 'mixed';
}

/** The share of words this module can place in English or Swahili (a function word, a lexicon word, a Swahili root or
 * prefixed verb): low for a text in another language, which `languageOf` would read as English by word shape. */
export function knownShare(tokens: Token[]): number {
  const words = tokens.filter((t) => !t.emoji && /\p{L}/u.test(t.text));
  if (words.length === 0) return 0;
  return (
    words.filter((t) => {
      const [sw, en] = score(t);
      return sw >= 0.5 || en >= 0.7;
    }).length / words.length
  );
}
