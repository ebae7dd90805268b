// Transformations that must never lower a crisis text's level (the invariance sweep, run.ts).
import { rng } from './corpus.js';

export interface Transform {
  name: string;
  group: string;
  /** May return the text unchanged: then it is not counted as tried. */
  fn: (t: string, r: () => number) => string;
}

const words = (t: string) => t.split(/(\s+)/u);
const pick = <T>(xs: readonly T[], r: () => number) => xs[Math.floor(r() * xs.length)]!;
/** Insert `ins` at a random word boundary (between two words). */
function insideAt(t: string, ins: string, r: () => number): string {
  const spaces = [...t.matchAll(/ /gu)].map((m) => m.index);
  if (spaces.length === 0) return t;
  const k = pick(spaces, r);
  return t.slice(0, k) + ins + t.slice(k + 1);
}
/** Insert `ins` inside a random word of at least 4 letters. */
function insideWord(t: string, ins: string, r: () => number): string {
  const ws = [...t.matchAll(/\p{L}{4,}/gu)];
  if (ws.length === 0) return t;
  const m = pick(ws, r);
  const k = m.index + 1 + Math.floor(r() * (m[0].length - 2));
  return t.slice(0, k) + ins + t.slice(k);
}
const titleCase = (t: string) => t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
const FULLWIDTH = (t: string) =>
  t.replace(/[!-~]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).replace(/ /gu, '\u3000');
const stripFinalPunct = (t: string) => t.replace(/[\s.!?…,;:]+$/u, '');

const PAD_EN =
  'It rained today and I walked to the market to buy some tomatoes and bread for the family before the evening news came on';
const PAD_SW = 'Leo nilienda sokoni kununua nyanya na mkate kwa ajili ya familia kabla ya habari za jioni';
const pad = (n: number, s: string) => {
  const w = s.split(' ');
  return Array.from({ length: n }, (_, i) => w[i % w.length]).join(' ') + '.';
};
export const PAD_2000_EN = pad(2000, PAD_EN);
export const PAD_2000_SW = pad(2000, PAD_SW);

const NUM_WORDS: Array<[string, string]> = [
  ['1', 'one'],
  ['2', 'two'],
  ['3', 'three'],
  ['4', 'four'],
  ['5', 'five'],
  ['6', 'six'],
  ['7', 'seven'],
  ['8', 'eight'],
  ['9', 'nine'],
  ['10', 'ten'],
  ['12', 'twelve'],
  ['20', 'twenty'],
  ['30', 'thirty'],
  ['100', 'hundred'],
  ['100', 'a hundred'],
];

export const TRANSFORMS: Transform[] = [
  // ---- case
  { group: 'case', name: 'upper', fn: (t) => t.toUpperCase() },
  { group: 'case', name: 'lower', fn: (t) => t.toLowerCase() },
  { group: 'case', name: 'title', fn: titleCase },
  { group: 'case', name: 'I-capitalised', fn: (t) => t.replace(/\bi\b/gu, 'I') },
  // ---- whitespace
  { group: 'space', name: 'double spaces', fn: (t) => t.replace(/ /gu, '  ') },
  { group: 'space', name: 'tabs for spaces', fn: (t) => t.replace(/ /gu, '\t') },
  { group: 'space', name: 'leading/trailing blank lines', fn: (t) => `\n\n  ${t}  \n\n` },
  { group: 'space', name: 'CRLF after sentence ends', fn: (t) => t.replace(/([.!?]) +/gu, '$1\r\n') },
  { group: 'space', name: 'space before punctuation', fn: (t) => t.replace(/(\p{L})([.,!?])/gu, '$1 $2') },
  // ---- punctuation
  {
    group: 'punct',
    name: 'strip punctuation (keep apostrophes)',
    fn: (t) =>
      t
        .replace(/[\u2019\u2018]/gu, "'")
        .replace(/[^\p{L}\p{N}\s']/gu, ' ')
        .replace(/ +/gu, ' ')
        .trim(),
  },
  {
    group: 'punct',
    name: 'strip all punctuation incl apostrophes',
    fn: (t) =>
      t
        .replace(/['\u2019\u2018]/gu, '')
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .replace(/ +/gu, ' ')
        .trim(),
  },
  { group: 'punct', name: 'strip only final punctuation', fn: stripFinalPunct },
  { group: 'punct', name: 'add final period', fn: (t) => `${stripFinalPunct(t)}.` },
  { group: 'punct', name: 'trailing …', fn: (t) => `${stripFinalPunct(t)}…` },
  { group: 'punct', name: 'trailing ...', fn: (t) => `${stripFinalPunct(t)}...` },
  { group: 'punct', name: 'final !!!', fn: (t) => `${stripFinalPunct(t)}!!!` },
  { group: 'punct', name: 'final ???', fn: (t) => `${stripFinalPunct(t)}???` },
  { group: 'punct', name: 'final .. doubled', fn: (t) => t.replace(/([.!?])$/u, '$1$1') },
  { group: 'punct', name: 'comma-splice to periods', fn: (t) => t.replace(/, /gu, '. ') },
  { group: 'punct', name: 'periods to commas', fn: (t) => t.replace(/\. (?=\S)/gu, ', ') },
  // ---- unicode
  { group: 'unicode', name: 'curly apostrophe ’', fn: (t) => t.replace(/'/gu, '\u2019') },
  { group: 'unicode', name: 'curly→straight apostrophe', fn: (t) => t.replace(/[\u2019\u2018]/gu, "'") },
  { group: 'unicode', name: 'modifier apostrophe ʼ', fn: (t) => t.replace(/['\u2019]/gu, '\u02bc') },
  { group: 'unicode', name: 'prime ′ as apostrophe', fn: (t) => t.replace(/['\u2019]/gu, '\u2032') },
  { group: 'unicode', name: 'full-width apostrophe ＇', fn: (t) => t.replace(/['\u2019]/gu, '\uff07') },
  { group: 'unicode', name: 'curly double quotes around text', fn: (t) => `\u201c${t}\u201d` },
  { group: 'unicode', name: 'straight double quotes around text', fn: (t) => `"${t}"` },
  { group: 'unicode', name: 'NBSP for spaces', fn: (t) => t.replace(/ /gu, '\u00a0') },
  { group: 'unicode', name: 'narrow NBSP for spaces', fn: (t) => t.replace(/ /gu, '\u202f') },
  { group: 'unicode', name: 'ideographic/em spaces', fn: (t) => t.replace(/ /gu, '\u2003') },
  { group: 'unicode', name: 'ZWSP after each space', fn: (t) => t.replace(/ /gu, ' \u200b') },
  { group: 'unicode', name: 'ZWSP inside a word', fn: (t, r) => insideWord(t, '\u200b', r) },
  { group: 'unicode', name: 'ZWJ inside a word', fn: (t, r) => insideWord(t, '\u200d', r) },
  { group: 'unicode', name: 'ZWNJ inside a word', fn: (t, r) => insideWord(t, '\u200c', r) },
  { group: 'unicode', name: 'word joiner inside a word', fn: (t, r) => insideWord(t, '\u2060', r) },
  { group: 'unicode', name: 'soft hyphen inside a word', fn: (t, r) => insideWord(t, '\u00ad', r) },
  { group: 'unicode', name: 'ZWSP replacing a space', fn: (t, r) => insideAt(t, '\u200b', r) },
  { group: 'unicode', name: 'full-width letters', fn: FULLWIDTH },
  { group: 'unicode', name: 'NFD', fn: (t) => t.normalize('NFD') },
  { group: 'unicode', name: 'NFKC', fn: (t) => t.normalize('NFKC') },
  {
    group: 'unicode',
    name: 'combining acute on a vowel',
    fn: (t, r) => {
      const vs = [...t.matchAll(/[aeiou]/gu)].map((m) => m.index);
      if (!vs.length) return t;
      const k = pick(vs, r) + 1;
      return t.slice(0, k) + '\u0301' + t.slice(k);
    },
  },
  {
    group: 'unicode',
    name: 'precomposed accented vowel é for e (one)',
    fn: (t, r) => {
      const vs = [...t.matchAll(/e/gu)].map((m) => m.index);
      if (!vs.length) return t;
      const k = pick(vs, r);
      return t.slice(0, k) + '\u00e9' + t.slice(k + 1);
    },
  },
  { group: 'unicode', name: 'leading BOM', fn: (t) => `\ufeff${t}` },
  { group: 'unicode', name: 'heart ❤️ before', fn: (t) => `❤️ ${t}` },
  { group: 'unicode', name: 'heart ❤️ after', fn: (t) => `${t} ❤️` },
  { group: 'unicode', name: 'heart ❤ glued after', fn: (t) => `${t}❤` },
  { group: 'unicode', name: 'broken heart 💔 after', fn: (t) => `${t} 💔` },
  { group: 'unicode', name: 'crying 😢 after', fn: (t) => `${t} 😢` },
  { group: 'unicode', name: 'pensive 😔 inside', fn: (t, r) => insideAt(t, ' 😔 ', r) },
  { group: 'unicode', name: 'praying 🙏 before', fn: (t) => `🙏 ${t}` },
  { group: 'unicode', name: 'heart ❤️ inside', fn: (t, r) => insideAt(t, ' ❤️ ', r) },
  // ---- neutral context
  { group: 'context', name: 'EN sentence before', fn: (t) => `It rained today. ${t}` },
  { group: 'context', name: 'EN sentence after', fn: (t) => `${t} It rained today.` },
  { group: 'context', name: 'SW sentence before', fn: (t) => `Leo nilienda sokoni. ${t}` },
  { group: 'context', name: 'SW sentence after', fn: (t) => `${t} Leo nilienda sokoni.` },
  { group: 'context', name: 'EN sentence after, no punctuation', fn: (t) => `${stripFinalPunct(t)} it rained today` },
  { group: 'context', name: 'EN sentence before, no punctuation', fn: (t) => `it rained today ${t}` },
  { group: 'context', name: 'SW sentence before, no punctuation', fn: (t) => `leo nilienda sokoni ${t}` },
  { group: 'context', name: 'EN sentence after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. It rained today.` },
  {
    group: 'context',
    name: 'SW sentence after (own sentence)',
    fn: (t) => `${stripFinalPunct(t)}. Leo nilienda sokoni.`,
  },
  { group: 'context', name: 'SW sentence before (own sentence)', fn: (t) => `Leo nilienda sokoni. ${t}` },
  {
    group: 'context',
    name: 'EN two sentences after (own)',
    fn: (t) => `${stripFinalPunct(t)}. It rained today. We had tea with my sister.`,
  },
  { group: 'context', name: 'Thank you. after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. Thank you.` },
  { group: 'context', name: 'Asante. after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. Asante.` },
  { group: 'context', name: 'constructor. after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. constructor.` },
  { group: 'context', name: '[email]. after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. [email].` },
  { group: 'context', name: 'URL after (own sentence)', fn: (t) => `${stripFinalPunct(t)}. https://example.com/page` },
  { group: 'filler', name: 'filler "you know" at end', fn: (t) => `${stripFinalPunct(t)} you know` },
  { group: 'filler', name: 'filler ", you know" at end', fn: (t) => `${stripFinalPunct(t)}, you know.` },
  { group: 'filler', name: 'filler "okay" at end', fn: (t) => `${stripFinalPunct(t)} okay` },
  { group: 'filler', name: 'filler "yeah" at end', fn: (t) => `${stripFinalPunct(t)} yeah` },
  { group: 'filler', name: 'filler "so yeah" at end', fn: (t) => `${stripFinalPunct(t)} so yeah` },
  { group: 'filler', name: 'filler "honestly" at end', fn: (t) => `${stripFinalPunct(t)} honestly` },
  { group: 'filler', name: 'filler "ok" before', fn: (t) => `ok ${t}` },
  { group: 'filler', name: 'filler "so" before', fn: (t) => `so ${t}` },
  { group: 'filler', name: 'filler "um" inside', fn: (t, r) => insideAt(t, ' um ', r) },
  { group: 'filler', name: 'filler "you know" inside', fn: (t, r) => insideAt(t, ' you know ', r) },
  { group: 'everyday', name: 'everyday: "i went sokoni today and" before', fn: (t) => `i went sokoni today and ${t}` },
  { group: 'everyday', name: 'everyday: "we watched football and" before', fn: (t) => `we watched football and ${t}` },
  { group: 'everyday', name: 'everyday: "after the wedding" before', fn: (t) => `after the wedding ${t}` },
  {
    group: 'everyday',
    name: 'everyday: "my child has a cough and" before',
    fn: (t) => `my child has a cough and ${t}`,
  },
  { group: 'everyday', name: 'everyday: "i was cooking and" before', fn: (t) => `i was cooking and ${t}` },
  {
    group: 'everyday',
    name: 'everyday: "we watched football," before (comma)',
    fn: (t) => `we watched football, ${t}`,
  },
  {
    group: 'everyday',
    name: 'everyday: "we watched football and" before, curated-english',
    fn: (t) => `we watched football and ${t}`,
  },
  { group: 'other', name: 'other-person: "my mother is sick and" before', fn: (t) => `my mother is sick and ${t}` },
  {
    group: 'other',
    name: 'other-person: "my mother is sick." before (own sentence)',
    fn: (t) => `my mother is sick. ${t}`,
  },
  {
    group: 'other',
    name: 'other-person: "mama yangu ni mgonjwa na" before',
    fn: (t) => `mama yangu ni mgonjwa na ${t}`,
  },
  { group: 'context', name: 'greeting Hi', fn: (t) => `Hi. ${t}` },
  { group: 'context', name: 'greeting Hi, comma', fn: (t) => `Hi, ${t}` },
  { group: 'context', name: 'greeting Habari', fn: (t) => `Habari. ${t}` },
  { group: 'context', name: 'greeting habari no punct', fn: (t) => `habari ${t}` },
  { group: 'context', name: 'thanks after', fn: (t) => `${t} Thank you.` },
  { group: 'context', name: 'asante after', fn: (t) => `${t} Asante.` },
  { group: 'context', name: 'repeated twice (space)', fn: (t) => `${t} ${t}` },
  { group: 'context', name: 'repeated twice (newline)', fn: (t) => `${t}\n${t}` },
  ...['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'].flatMap(
    (w): Transform[] => [
      { group: 'context', name: `word ${w} after`, fn: (t) => `${t} ${w}` },
      { group: 'context', name: `word ${w} before`, fn: (t) => `${w} ${t}` },
    ],
  ),
  { group: 'context', name: 'number 2024 after', fn: (t) => `${t} 2024` },
  { group: 'context', name: 'number before', fn: (t) => `3. ${t}` },
  { group: 'context', name: 'URL after', fn: (t) => `${t} https://example.com/page` },
  { group: 'context', name: 'URL before', fn: (t) => `https://example.com/page ${t}` },
  { group: 'context', name: '[email] after', fn: (t) => `${t} [email]` },
  { group: 'context', name: '[name] before', fn: (t) => `[name] ${t}` },
  { group: 'context', name: '[name], before', fn: (t) => `[name], ${t}` },
  { group: 'context', name: '[phone] after', fn: (t) => `${t} [phone]` },
  { group: 'context', name: 'my name is [name]. before', fn: (t) => `My name is [name]. ${t}` },
  { group: 'context', name: '[name] inside', fn: (t, r) => insideAt(t, ' [name] ', r) },
  // ---- speech-to-text forms
  { group: 'asr', name: "I'm→im", fn: (t) => t.replace(/\bI['\u2019]m\b/giu, 'im') },
  { group: 'asr', name: 'I am→im', fn: (t) => t.replace(/\bI am\b/giu, 'im') },
  { group: 'asr', name: "I'm→I am", fn: (t) => t.replace(/\bI['\u2019]m\b/giu, 'I am') },
  { group: 'asr', name: 'im→I am', fn: (t) => t.replace(/\bim\b/giu, 'I am') },
  { group: 'asr', name: "n't→nt", fn: (t) => t.replace(/n['\u2019]t\b/giu, 'nt') },
  { group: 'asr', name: "don't→do not", fn: (t) => t.replace(/\bdon['\u2019]?t\b/giu, 'do not') },
  { group: 'asr', name: "can't→cannot", fn: (t) => t.replace(/\bcan['\u2019]?t\b/giu, 'cannot') },
  { group: 'asr', name: "can't→can not", fn: (t) => t.replace(/\bcan['\u2019]?t\b/giu, 'can not') },
  { group: 'asr', name: 'do not→dont', fn: (t) => t.replace(/\bdo not\b/giu, 'dont') },
  { group: 'asr', name: "I've→ive", fn: (t) => t.replace(/\bI['\u2019]ve\b/giu, 'ive') },
  { group: 'asr', name: "I'll→ill", fn: (t) => t.replace(/\bI['\u2019]ll\b/giu, 'ill') },
  { group: 'asr', name: "I'll→I will", fn: (t) => t.replace(/\bI['\u2019]ll\b/giu, 'I will') },
  { group: 'asr', name: "I'd→id", fn: (t) => t.replace(/\bI['\u2019]d\b/giu, 'id') },
  { group: 'asr', name: "it's→its", fn: (t) => t.replace(/\bit['\u2019]s\b/giu, 'its') },
  { group: 'asr', name: 'going to→gonna', fn: (t) => t.replace(/\bgoing to\b/giu, 'gonna') },
  { group: 'asr', name: 'gonna→going to', fn: (t) => t.replace(/\bgonna\b/giu, 'going to') },
  { group: 'asr', name: 'want to→wanna', fn: (t) => t.replace(/\bwant to\b/giu, 'wanna') },
  { group: 'asr', name: 'wanna→want to', fn: (t) => t.replace(/\bwanna\b/giu, 'want to') },
  { group: 'asr', name: 'got to→gotta', fn: (t) => t.replace(/\bgot to\b/giu, 'gotta') },
  { group: 'asr', name: 'you→u', fn: (t) => t.replace(/\byou\b/giu, 'u') },
  { group: 'asr', name: 'because→cause', fn: (t) => t.replace(/\bbecause\b/giu, 'cause') },
  { group: 'asr', name: 'because→coz', fn: (t) => t.replace(/\bbecause\b/giu, 'coz') },
  { group: 'asr', name: 'myself→my self', fn: (t) => t.replace(/\bmyself\b/giu, 'my self') },
  { group: 'asr', name: 'myself→myslef', fn: (t) => t.replace(/\bmyself\b/giu, 'myslef') },
  { group: 'asr', name: 'suicide→sucide', fn: (t) => t.replace(/\bsuicide\b/giu, 'sucide') },
  { group: 'asr', name: 'suicidal→suicidial', fn: (t) => t.replace(/\bsuicidal\b/giu, 'suicidial') },
  { group: 'asr', name: 'really→realy', fn: (t) => t.replace(/\breally\b/giu, 'realy') },
  { group: 'asr', name: 'anymore→any more', fn: (t) => t.replace(/\banymore\b/giu, 'any more') },
  { group: 'asr', name: 'any more→anymore', fn: (t) => t.replace(/\bany more\b/giu, 'anymore') },
  { group: 'asr', name: 'tonight→tonite', fn: (t) => t.replace(/\btonight\b/giu, 'tonite') },
  {
    group: 'asr',
    name: 'digits→words',
    fn: (t) => {
      let s = t;
      for (const [d, w] of NUM_WORDS) s = s.replace(new RegExp(`\\b${d}\\b`, 'gu'), w);
      return s;
    },
  },
  {
    group: 'asr',
    name: 'words→digits',
    fn: (t) => {
      let s = t;
      for (const [d, w] of [...NUM_WORDS].reverse()) s = s.replace(new RegExp(`\\b${w}\\b`, 'giu'), d);
      return s;
    },
  },
  {
    group: 'asr',
    name: 'elongation (letter x4 in a word)',
    fn: (t, r) => {
      const ws = [...t.matchAll(/\p{L}{3,}/gu)];
      if (!ws.length) return t;
      const m = pick(ws, r);
      const k = m.index + m[0].length - 1;
      return t.slice(0, k) + t[k]!.repeat(4) + t.slice(k + 1);
    },
  },
];

export const PAD_TRANSFORMS: Transform[] = [
  { group: 'pad', name: '2000 EN words before', fn: (t) => `${PAD_2000_EN} ${t}` },
  { group: 'pad', name: '2000 EN words after', fn: (t) => `${t} ${PAD_2000_EN}` },
  { group: 'pad', name: '2000 SW words before', fn: (t) => `${PAD_2000_SW} ${t}` },
  { group: 'pad', name: '2000 SW words after', fn: (t) => `${t} ${PAD_2000_SW}` },
  { group: 'pad', name: '200 EN words before, no punctuation', fn: (t) => `${pad(200, PAD_EN).slice(0, -1)} ${t}` },
  { group: 'pad', name: '200 EN words after, no punctuation', fn: (t) => `${t} ${pad(200, PAD_EN).slice(0, -1)}` },
];

export { words, rng };
