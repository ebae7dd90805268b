import type { Cue, Emotion } from './types.js';

// Swahili verb roots (final vowel dropped) read under subject, tense, object and negation prefixes, so that
// "nimechoka", "tumechoka", "sichoki", "hajafurahi", "inaniogopesha" need no list of every inflection.

const roots: Array<[string, Emotion | null, number]> = [
  ['furah', 'happy', 3],
  ['pend', 'happy', 2],
  ['pendekez', null, 0], // "suggest", not "love"
  ['shukur', 'happy', 2],
  ['barikiw', 'happy', 2],
  ['tabasam', 'happy', 2],
  ['changamk', 'happy', 2],
  ['burudik', 'happy', 2],
  ['tumain', 'happy', 1],
  ['chok', 'sad', -2],
  ['chokoz', 'angry', -2], // "provoke", not "tire"
  ['huzun', 'sad', -2],
  ['sikitik', 'sad', -2],
  ['sikitish', 'sad', -2],
  ['ombolez', 'sad', -2],
  ['farik', 'sad', -3],
  ['tesek', 'sad', -3],
  ['lemew', 'sad', -2],
  ['zidiw', 'sad', -2],
  ['boek', 'sad', -2],
  ['borek', 'sad', -2],
  ['stress', 'sad', -2],
  ['pwek', 'sad', -2],
  ['kasir', 'angry', -2],
  ['hasir', 'angry', -2],
  ['chuki', 'angry', -3],
  ['chukiz', 'disgust', -2],
  ['kerek', 'angry', -2],
  ['tukan', 'angry', -2],
  ['gomban', 'angry', -2],
  ['lalamik', 'angry', -1],
  ['ogop', 'fear', -2],
  ['ogofy', 'fear', -2],
  ['tish', 'fear', -2],
  ['hofi', 'fear', -2],
  ['tetemek', 'fear', -2],
  ['hangaik', 'fear', -1],
  ['shanga', 'surprise', 0],
  ['shangaz', 'surprise', 0],
  ['shtuk', 'surprise', 0],
  ['kinai', 'disgust', -2],
  ['dharau', 'disgust', -2],
];

const byPrefix4 = new Map<string, Array<[string, Cue]>>();
for (const [root, cat, v] of roots) {
  const key = root.slice(0, 4);
  const list = byPrefix4.get(key) ?? [];
  list.push([root, { cat, v, w: cat === null ? 0 : 1 }]);
  list.sort((a, b) => b[0].length - a[0].length); // longest root first: "chokoz" before "chok"
  byPrefix4.set(key, list);
}

const NEG = ['si', 'ha', 'hatu', 'ham', 'hawa', 'hai', 'hazi', 'hau', 'hali', 'haya', 'haki', 'havi'];
const SUBJ = ['ni', 'n', 'u', 'a', 'tu', 'm', 'mu', 'wa', 'i', 'li', 'ya', 'zi', 'ki', 'vi', 'ku'];
const TENSE = ['na', 'li', 'me', 'ta', 'ki', 'ja', 'ku', 'nge', 'ngali', 'ka', 'sha', 'a', 'hu'];
const OBJ = ['ni', 'ku', 'm', 'mw', 'tu', 'wa', 'ji', 'i', 'li', 'ya', 'zi', 'ki', 'vi'];

// Every valid prefix string → whether it negates. Built once: a few thousand entries.
const PREFIXES = new Map<string, boolean>();
for (const [firsts, negated] of [
  [SUBJ, false],
  [NEG, true],
  [[''], false],
] as const) {
  for (const a of firsts) {
    for (const t of ['', ...TENSE]) {
      for (const o of ['', ...OBJ]) {
        const p = a + t + o;
        if (p && !PREFIXES.has(p)) PREFIXES.set(p, negated);
        else if (p && negated) PREFIXES.set(p, true);
      }
    }
  }
}
const MAX_PREFIX = 10;
const MAX_SUFFIX = 6; // -a/-i, applicative, passive, causative: "-ishwa", "-ikiwa"

/** A verb root inside a prefixed Swahili word, with whether the prefix negates it. */
export function swahiliRoot(word: string): { cue: Cue; negated: boolean } | undefined {
  if (word.length < 5) return undefined; // a prefix and a 4-letter root at least
  for (let i = 1; i <= MAX_PREFIX && i + 4 <= word.length; i++) {
    const negated = PREFIXES.get(word.slice(0, i));
    if (negated === undefined) continue;
    const rest = word.slice(i);
    const candidates = byPrefix4.get(rest.slice(0, 4));
    if (!candidates) continue;
    for (const [root, cue] of candidates) {
      if (rest.startsWith(root) && rest.length - root.length <= MAX_SUFFIX) return { cue, negated };
    }
  }
  return undefined;
}
