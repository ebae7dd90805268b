import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN_REASSURANCE } from '../../../processors/emotion/text/lexicons/en.js';
import { SW_REASSURANCE } from '../../../processors/emotion/text/lexicons/sw.js';
import { EMOTIONS } from '../../../lib/results/emotion.js';
import { STOP_WORDS as STOP, classifierFeatures, classifierMask } from '../../../processors/emotion/text/classifier.js';
import { scan } from '../../../processors/emotion/text/scan.js';
import { tokenise } from '../../../processors/emotion/text/tokens.js';
import { FIT_DEFAULTS, fitSoftmax } from './softmax-fit.js';
import { csvObjects, isDev } from '../text-sets.js';

// Builds processors/emotion/text/lexicons/learned/*.ts from the TRAIN side of three public sets, deterministically.
// Every line of the evaluation held-out halves (bench/eval/emotion-text.ts) is excluded by normalised exact text.
// Run: npx tsx bench/eval/text-lexicon/build.ts   (needs the git snapshots under /work/.mirror, or MIRROR=<dir>)

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../../..');
const out = path.join(root, 'processors/emotion/text/lexicons/learned');
const evalData = path.join(root, 'bench/eval/data/text');
const MIRROR = process.env.MIRROR ?? '/work/.mirror';
const MIN_COUNT = 3;

export const SOURCES = {
  xed: { repo: 'Helsinki-NLP/XED', dir: 'Helsinki-NLP+XED', commit: '76666d251f147cf518071bef4f8415dab6b96115' },
  emobank: { repo: 'JULIELab/EmoBank', dir: 'JULIELab+EmoBank', commit: '248ce2a43e165a66d31aeaed83cff9641d6654e0' },
  afrisenti: {
    repo: 'afrisenti-semeval/afrisent-semeval-2023',
    dir: 'afrisenti-semeval+afrisent-semeval-2023',
    commit: '5aec3cfcf87b59f885e98641f72e52182776429d',
  },
} as const;

function show(src: keyof typeof SOURCES, file: string): string {
  const s = SOURCES[src];
  const gitDir = path.join(MIRROR, s.dir, 'repo');
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${file}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

/** Letters and digits only, lowercased: survives tokenisation and detokenisation differences. */
const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// --exclude-dev: also leave out the development halves, so the blend can be tuned on dev lines the lists never saw
// (bench/eval/text-lexicon/tune.ts). The shipped lists are built without it.
const EXCLUDE_DEV = process.argv.includes('--exclude-dev');

function heldOut(file: string): Set<string> {
  const rows = csvObjects(readFileSync(path.join(evalData, file), 'utf8'));
  return new Set(rows.filter((r) => EXCLUDE_DEV || !isDev(r.text!)).map((r) => norm(r.text!)));
}

// Reassurance and deflection words must never become positive evidence ("sawa", "fine", "poa").
const REASSURING = new Set(
  [...Object.keys(EN_REASSURANCE), ...Object.keys(SW_REASSURANCE)].flatMap((p) => p.split(' ')),
);
const keep = (w: string) =>
  !STOP.has(w) && !REASSURING.has(w) && w.length > 1 && !/^\d+$/.test(w) && !/\p{Extended_Pictographic}/u.test(w);

const words = (text: string) => [...new Set(tokenise(text).tokens.map((t) => t.text))].filter(keep);

// ---------- 1. English categories from XED ----------

const CATS = ['neutral', 'happy', 'sad', 'angry', 'fear', 'surprise', 'disgust'] as const;
const XED_MAP: Record<string, (typeof CATS)[number]> = {
  '1': 'angry',
  '3': 'disgust',
  '4': 'fear',
  '5': 'happy',
  '6': 'sad',
  '7': 'surprise',
};
/**
 * Each word seen in at least MIN_COUNT documents (sorted), with its class posterior: document frequencies balanced
 * across classes, shrunk toward uniform by `prior` pseudo-documents.
 */
function wordPosteriors(docs: Array<[string, number]>, classes: number, prior: number) {
  const perClass = Array.from({ length: classes }, () => 0);
  const counts = new Map<string, number[]>();
  for (const [text, c] of docs) {
    perClass[c]!++;
    for (const w of words(text)) {
      const row = counts.get(w) ?? Array.from({ length: classes }, () => 0);
      row[c]!++;
      counts.set(w, row);
    }
  }
  const posteriors: Array<[string, number[]]> = [];
  for (const w of [...counts.keys()].sort()) {
    const row = counts.get(w)!;
    const n = row.reduce((s, x) => s + x, 0);
    if (n < MIN_COUNT) continue;
    const rate = row.map((x, c) => x / perClass[c]!);
    const rs = rate.reduce((s, x) => s + x, 0);
    posteriors.push([w, rate.map((r) => (n * (r / rs) + prior / classes) / (n + prior))]);
  }
  return { perClass, posteriors };
}

/** XED single-label lines and neutral lines as (text, class), held-out lines excluded. */
function xedLines() {
  const held = heldOut('en_text_xed/xed_dev7.csv');
  const docs: Array<[string, number]> = [];
  let dropped = 0;
  const add = (text: string, cat: (typeof CATS)[number]) => {
    if (held.has(norm(text))) dropped++;
    else docs.push([text, CATS.indexOf(cat)]);
  };
  for (const line of show('xed', 'AnnotatedData/en-annotated.tsv').split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const labels = line
      .slice(tab + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const cat = labels.length === 1 ? XED_MAP[labels[0]!] : undefined;
    if (cat) add(line.slice(0, tab), cat);
  }
  for (const line of show('xed', 'AnnotatedData/neu_en.txt').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) add(line.slice(tab + 1), 'neutral');
  }
  return { docs, dropped };
}

/** The English category classifier (classifier.ts) fitted on XED; weights ×10, rounded, in EMOTIONS order. */
function xedClassifier() {
  const { docs, dropped } = xedLines();
  // Lines of function words only give the classifier nothing at run time, so they are not trained on either.
  const featured = docs
    .map(([text, c]): [string[], number] => {
      const tokens = tokenise(text);
      return [classifierFeatures(tokens, classifierMask(tokens.tokens, scan(tokens.tokens, false))), c];
    })
    .filter(([fs]) => fs.length > 0);
  const { bias, weights, perClass } = fitSoftmax(featured, CATS.length, FIT_DEFAULTS);
  const order = EMOTIONS.map((e) => CATS.indexOf(e));
  const row = (w: Float64Array) => order.map((k) => Math.round(w[k]! * 10) || 0).join(' ');
  // A backtick or ${ would end the generated template literal; such features are left out.
  const safe = [...weights.keys()].filter((f) => !/[`\\]|\$\{/.test(f)).sort();
  const lines = [`<bias>\t${row(bias)}`, ...safe.map((f) => `${f}\t${row(weights.get(f)!)}`)];
  return { lines, docs: docs.length, dropped, perClass };
}

// ---------- 2. English valence from EmoBank ----------

const VAL_PRIOR = 5; // pseudo-texts at the corpus mean

function emobankValence() {
  const held = heldOut('en_valence_emobank/emobank_dev_valence.csv');
  const rows = csvObjects(show('emobank', 'corpus/emobank.csv'));
  const docs: Array<[string, number]> = [];
  let dropped = 0;
  for (const r of rows) {
    if (!r.text || !r.V) continue;
    if (held.has(norm(r.text))) dropped++;
    else docs.push([r.text, Number(r.V)]);
  }
  const mean = docs.reduce((s, [, v]) => s + v, 0) / docs.length;
  const acc = new Map<string, [number, number]>();
  for (const [text, v] of docs) {
    for (const w of words(text)) {
      const a = acc.get(w) ?? [0, 0];
      a[0] += v - mean;
      a[1]++;
      acc.set(w, a);
    }
  }
  const lines: string[] = [];
  for (const w of [...acc.keys()].sort()) {
    const [s, n] = acc.get(w)!;
    if (n < MIN_COUNT) continue;
    const v = s / (n + VAL_PRIOR); // shrunk mean deviation on the 1–5 scale
    if (Math.abs(v) < 0.03) continue;
    lines.push(`${w}\t${Math.round(v * 1000)}`);
  }
  return { lines, docs: docs.length, dropped, mean };
}

// ---------- 3. Swahili polarity from AfriSenti ----------

const POL_PRIOR = 4;

function afrisentiPolarity() {
  const held = heldOut('sw_sentiment_afrisenti/afrisenti_sw_dev3.csv');
  const LABELS = ['negative', 'neutral', 'positive'];
  const docs: Array<[string, number]> = [];
  let dropped = 0;
  for (const file of ['data/swa/train.tsv', 'data/swa/dev.tsv']) {
    for (const line of show('afrisenti', file).split('\n').slice(1)) {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      const c = LABELS.indexOf(line.slice(tab + 1).trim());
      if (c < 0) continue;
      const text = line.slice(0, tab);
      if (held.has(norm(text))) dropped++;
      else docs.push([text, c]);
    }
  }
  // Class-balanced posterior, shrunk toward uniform; polarity = p(positive|w) − p(negative|w) in [−1, 1].
  const { perClass, posteriors } = wordPosteriors(docs, 3, POL_PRIOR);
  const lines: string[] = [];
  for (const [w, post] of posteriors) {
    const v = post[2]! - post[0]!;
    if (Math.abs(v) < 0.1) continue;
    lines.push(`${w}\t${Math.round(v * 100)}`);
  }
  return { lines, docs: docs.length, dropped, perClass };
}

// ---------- write ----------

function write(file: string, header: string[], name: string, lines: string[]): number {
  const body = [
    '// GENERATED by bench/eval/text-lexicon/build.ts — do not edit by hand; see PROVENANCE.md in this folder.',
    ...header.map((h) => `// ${h}`),
    '',
    `export const ${name} = \``,
    ...lines,
    '`;',
    '',
  ].join('\n');
  if (body.includes('`') && body.split('`').length !== 3) throw new Error(`backtick in ${file}`);
  writeFileSync(path.join(out, file), body);
  return Buffer.byteLength(body);
}

mkdirSync(out, { recursive: true });
const xed = xedClassifier();
const emo = emobankValence();
const afr = afrisentiPolarity();
const s = SOURCES;
const sizes = [
  write(
    'en-classifier.ts',
    [
      `Source: https://github.com/${s.xed.repo} @ ${s.xed.commit}, AnnotatedData/en-annotated.tsv + neu_en.txt.`,
      'Licence: CC BY 4.0 (Öhman et al., COLING 2020). Derived classifier weights; attribution required.',
      `feature TAB round(10 · weight) for ${EMOTIONS.join(' ')} (softmax regression, softmax-fit.ts).`,
      `Trained on ${xed.docs} lines; ${xed.dropped} held-out evaluation lines excluded.`,
    ],
    'EN_CLASSIFIER_TSV',
    xed.lines,
  ),
  write(
    'en-valence.ts',
    [
      `Source: https://github.com/${s.emobank.repo} @ ${s.emobank.commit}, corpus/emobank.csv (V, 1–5).`,
      'Licence: CC BY-SA 4.0 (Buechel & Hahn 2017). ShareAlike applies to THIS FILE: it is an adaptation of',
      'EmoBank and is itself licensed CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/',
      `word TAB round(1000 · shrunk mean(V − ${emo.mean.toFixed(3)})). Trained on ${emo.docs} texts;`,
      `${emo.dropped} held-out evaluation texts excluded.`,
    ],
    'EN_VALENCE_TSV',
    emo.lines,
  ),
  write(
    'sw-valence.ts',
    [
      `Source: https://github.com/${s.afrisenti.repo} @ ${s.afrisenti.commit}, data/swa/train.tsv + dev.tsv.`,
      'Licence: CC BY 4.0 (Muhammad et al. 2023, AfriSenti). Derived word polarities; attribution required.',
      `word TAB round(100 · (p(positive | word) − p(negative | word))). Trained on ${afr.docs} tweets;`,
      `${afr.dropped} held-out evaluation tweets excluded.`,
    ],
    'SW_VALENCE_TSV',
    afr.lines,
  ),
];
console.log(`XED: ${xed.docs} lines (per class ${xed.perClass.join('/')}), ${xed.dropped} held-out excluded`);
console.log(`  → ${xed.lines.length - 1} features, ${sizes[0]} bytes`);
console.log(`EmoBank: ${emo.docs} texts, ${emo.dropped} held-out excluded → ${emo.lines.length} words, ${sizes[1]} B`);
console.log(
  `AfriSenti sw: ${afr.docs} tweets (neg/neu/pos ${afr.perClass.join('/')}), ${afr.dropped} held-out excluded`,
);
console.log(`  → ${afr.lines.length} words, ${sizes[2]} bytes`);
