import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { loadClassifier } from '../../../processors/emotion/text/classifier.js';
import { loadLearned } from '../../../processors/emotion/text/learned.js';
import { loadSwClassifier } from '../../../processors/emotion/text/sw-classifier.js';
import { SW_CLASSIFIER_TSV } from '../../../processors/emotion/text/lexicons/learned/sw-classifier.js';
import { EN_CLASSIFIER_TSV } from '../../../processors/emotion/text/lexicons/learned/en-classifier.js';
import { EN_VALENCE_TSV } from '../../../processors/emotion/text/lexicons/learned/en-valence.js';
import { SW_VALENCE_TSV } from '../../../processors/emotion/text/lexicons/learned/sw-valence.js';
import { EMOTIONS } from '../../../lib/results/emotion.js';
import { afrisentiPolarity, emobankValence, xedClassifier } from './fits.js';
import { FIT_DEFAULTS } from './softmax-fit.js';
import { CATS, afrisentiTweets, emobankTexts, evalHalves, excluded, norm, xedLines } from './sources.js';
import { SW_SPLITS, swClassifier } from './sw-fit.js';
import { K, Tally, foldOf, grid, outside } from './folds.js';

// K-fold cross-validation without the held-out halves: in each fold the learned lists are refitted without the fold's
// lines (never with a held-out line), then the whole scorer is measured on the fold. Modes: xed / valence fold inside
// the eval dev halves; pool / vpool fold over every non-held-out corpus line (less noise; the choices were made there).
// Run: npx tsx bench/eval/text-lexicon/cv.ts pool ['{"l2":1e-4}' fit options]   GRID='{"knob":[values]}' for TUNING
// NOPROJ=1 / NOMULTI=1 leave the XED projections / multi-label lines out of training.

const what = process.argv[2] ?? 'xed';
const flags = { projections: !process.env.NOPROJ, multi: !process.env.NOMULTI }; // as build.ts
const fit = { ...FIT_DEFAULTS, ...JSON.parse(process.argv[3] ?? '{}') };
type Row = Record<string, string>;

/** Per-fold (trained lists applied, fold rows) pairs; `train` refits the lists without the fold's texts. */
function* folds(rows: Row[], train: (skip: Set<string>) => void): Generator<Row[]> {
  for (let k = 0; k < K; k++) {
    const part = rows.filter((r) => foldOf(r.text!) === k);
    train(new Set(part.map((r) => norm(r.text!))));
    yield part;
  }
}

const base = { ...TUNING };
const tally = new Tally();
const count = (key: string, ok: boolean) => tally.count(key, ok);

type Docs = ReturnType<typeof emobankTexts>['docs'];
type AfriDocs = ReturnType<typeof afrisentiTweets>['docs'];
const afrTrain = afrisentiTweets(excluded('afrisenti', false), SW_SPLITS).docs; // the Swahili classifier's, as build-sw

/** Refits the XED classifier without a fold's lines (the `train` of folds()). */
const refitXed = (all: ReturnType<typeof xedLines>['docs']) => (skip: Set<string>) =>
  loadClassifier(xedClassifier(outside(all, skip), fit).lines.join('\n'));

/** Valence sign per fold and setting: word valences and the Swahili classifier are refitted without the fold each time. */
function valenceSign(
  sets: ReadonlyArray<readonly ['en' | 'sw', Row[]]>,
  settings: Array<Record<string, number>>,
  emo: Docs,
  afr: AfriDocs,
  keyOf: (lang: string, r: Row, s: Record<string, number>) => string,
): void {
  for (const [lang, rows] of sets)
    for (const part of folds(rows, (skip) => {
      const en = emobankValence(outside(emo, skip)).lines.join('\n');
      const sw = afrisentiPolarity(outside(afr, skip)).lines.join('\n');
      loadLearned(en, sw);
      loadSwClassifier(swClassifier(outside(afrTrain, skip)).lines.join('\n'));
    }))
      for (const s of settings) {
        Object.assign(TUNING, base, s);
        for (const r of part) {
          const v = lexiconEmotion(r.text!, lang).valence;
          count(keyOf(lang, r, s), v !== 0 && v > 0 === (r.label === 'positive'));
        }
      }
}

if (what === 'xed') {
  const all = xedLines(excluded('xed', false), flags).docs;
  const settings = grid(
    JSON.parse(process.env.GRID ?? '{"neutralPrior":[0.3,0.6],"learnedCategory":[4,8],"learnedBeside":[0.5,1,2]}'),
  );
  for (const part of folds(evalHalves('xed').dev, refitXed(all)))
    for (const s of settings) {
      Object.assign(TUNING, base, s);
      for (const r of part) count(JSON.stringify(s), lexiconEmotion(r.text!, 'en').label === r.label);
    }
} else if (what === 'pool') {
  // Lower-noise check: folds over every non-held-out XED line; scored on lines of ≥ 4 words (as the eval set's),
  // by mean per-class recall (the eval set is class-balanced).
  const all = xedLines(excluded('xed', false), flags).docs;
  const base7 = xedLines(excluded('xed', false)).docs;
  const settings = grid(JSON.parse(process.env.GRID ?? '{"learnedCategory":[2,4,8],"learnedTemperature":[1,2]}'));
  for (const part of folds(
    base7.map(([text, c]) => ({ text, label: CATS[c]! })),
    refitXed(all),
  ))
    for (const s of settings) {
      Object.assign(TUNING, base, s);
      for (const r of part)
        if ((r.text!.match(/[A-Za-z']+/g) ?? []).length >= 4)
          count(`${r.label} ${JSON.stringify(s)}`, lexiconEmotion(r.text!, 'en').label === r.label);
    }
  const macro = new Map<string, number>();
  for (const [key, [ok, n]] of tally) {
    const k = key.replace(/^\w+ /, '');
    macro.set(k, (macro.get(k) ?? 0) + ok / n / EMOTIONS.length);
  }
  console.log(`fit ${JSON.stringify(fit)} ${JSON.stringify(flags)}`);
  for (const [k, m] of [...macro].sort((a, b) => b[1] - a[1])) console.log(`${m.toFixed(4)}  ${k}`);
  process.exit(0);
} else if (what === 'vpool') {
  // Lower-noise valence check: folds over every non-held-out EmoBank text and AfriSenti tweet; scored on clearly
  // polar ones (EmoBank V ≤ 2.6 or ≥ 3.4, as the eval set) by mean per-sign recall (the eval sets are near balanced).
  const emo = emobankTexts(excluded('emobank', false)).docs;
  const afr = afrisentiTweets(excluded('afrisenti', false)).docs;
  const settings = grid(
    JSON.parse(process.env.GRID ?? '{"learnedValenceEn":[0.5,0.8,1.2,2],"learnedValenceSw":[0.1,0.3,1]}'),
  );
  const sets = [
    [
      'en',
      emo
        .filter(([, v]) => v <= 2.6 || v >= 3.4)
        .map(([text, v]) => ({ text, label: v > 3 ? 'positive' : 'negative' })),
    ],
    ['sw', afr.filter(([, c]) => c !== 1).map(([text, c]) => ({ text, label: c === 2 ? 'positive' : 'negative' }))],
  ] as const;
  valenceSign(sets, settings, emo, afr, (lang, r, s) => `${lang} ${r.label} ${JSON.stringify(s)}`);
  const macro = new Map<string, number>();
  for (const [key, [ok, n]] of tally) {
    const k = key.replace(/ \w+ /, ' ');
    macro.set(k, (macro.get(k) ?? 0) + ok / n / 2);
  }
  for (const [k, m] of [...macro].sort((a, b) => b[1] - a[1])) console.log(`${m.toFixed(4)}  ${k}`);
  process.exit(0);
} else {
  const emo = emobankTexts(excluded('emobank', false)).docs;
  const afr = afrisentiTweets(excluded('afrisenti', false)).docs;
  const polar = (rows: Row[]) => rows.filter((r) => r.label !== 'neutral');
  const settings = grid(JSON.parse(process.env.GRID ?? '{"learnedValenceEn":[0.5,0.8],"learnedValenceSw":[0.1,0.5]}'));
  const sets = [
    ['en', polar(evalHalves('emobank').dev)],
    ['sw', polar(evalHalves('afrisenti').dev)],
  ] as const;
  valenceSign(sets, settings, emo, afr, (lang, _r, s) => `${lang} ${JSON.stringify(s)}`);
}
loadClassifier(EN_CLASSIFIER_TSV);
loadLearned(EN_VALENCE_TSV, SW_VALENCE_TSV);
loadSwClassifier(SW_CLASSIFIER_TSV);
console.log(`fit ${JSON.stringify(fit)}`);
for (const [key, [ok, n]] of [...tally].sort((a, b) => b[1][0] / b[1][1] - a[1][0] / a[1][1]).slice(0, 12))
  console.log(`${(ok / n).toFixed(3)} (${ok}/${n})  ${key}`);
const cur = JSON.stringify(
  Object.fromEntries(
    Object.keys(JSON.parse([...tally.keys()][0]!.replace(/^\w+ /, ''))).map((k) => [k, base[k as keyof typeof base]]),
  ),
);
for (const [key, [ok, n]] of tally)
  if (key.endsWith(cur)) console.log(`current ${(ok / n).toFixed(3)} (${ok}/${n})  ${key}`);
