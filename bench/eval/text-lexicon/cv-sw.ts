import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { loadLearned } from '../../../processors/emotion/text/learned.js';
import { loadSwClassifier } from '../../../processors/emotion/text/sw-classifier.js';
import { EN_VALENCE_TSV } from '../../../processors/emotion/text/lexicons/learned/en-valence.js';
import { afrisentiPolarity } from './fits.js';
import { afrisentiTweets, excluded, norm } from './sources.js';
import { K, foldOf, grid } from './folds.js';
import { SW_FIT_DEFAULTS, swClassifier, type SwFitOptions } from './sw-fit.js';

// 5-fold cross-validation of the Swahili valence classifier (sw-fit.ts) inside the scorer, over every non-held-out
// AfriSenti train + dev tweet: in each fold the classifier AND the word polarities (fits.ts) are refitted without
// the fold's tweets; no held-out line is ever read. Scored on the fold's positive/negative tweets: mean per-sign
// recall (the pool is 3:1 positive; the eval set is near balanced) and plain sign accuracy.
// Run: npx tsx bench/eval/text-lexicon/cv-sw.ts ['[{"classes":3,"l2":3e-4},…]' fit options]
//      GRID='{"swClassifier":[0,2]}' for TUNING; SPLITS=train trains the classifier on the train split only.

const fits: SwFitOptions[] = JSON.parse(process.argv[2] ?? '[{}]').map((o: object) => ({ ...SW_FIT_DEFAULTS, ...o }));
const axes: Record<string, number[]> = JSON.parse(
  process.env.GRID ?? '{"swClassifier":[0,3,4,6,8],"learnedValenceSw":[0.25,0.5]}',
);
const settings = grid(axes);
const splits = (process.env.SPLITS ?? 'train,dev').split(',');

const skip = excluded('afrisenti', false);
const all = afrisentiTweets(skip).docs; // the word polarities' pool, as build.ts
const clfPool = afrisentiTweets(skip, splits).docs;
const devSplit = new Set(afrisentiTweets(skip, ['dev']).docs.map(([t]) => norm(t)));
const only = process.env.ONLY; // 'dev' / 'train': score only that split's tweets
const polar = all.filter(([t, c]) => c !== 1 && (!only || devSplit.has(norm(t)) === (only === 'dev')));
const base = { ...TUNING };
// key → [right positives, positives, right negatives, negatives]
const tally = new Map<string, number[]>();
for (let k = 0; k < K; k++) {
  const out = (t: string) => foldOf(t) !== k;
  loadLearned(EN_VALENCE_TSV, afrisentiPolarity(all.filter(([t]) => out(t))).lines.join('\n'));
  const part = polar.filter(([t]) => !out(t));
  for (const o of fits) {
    loadSwClassifier(
      swClassifier(
        clfPool.filter(([t]) => out(t)),
        o,
      ).lines.join('\n'),
    );
    for (const s of settings) {
      Object.assign(TUNING, base, s);
      const key = `${JSON.stringify({ classes: o.classes, l2: o.l2, epochs: o.epochs, minCount: o.minCount })} ${JSON.stringify(s)}`;
      const t = tally.get(key) ?? [0, 0, 0, 0];
      for (const [text, c] of part) {
        const v = lexiconEmotion(text, 'sw').valence;
        const j = c === 2 ? 0 : 2;
        t[j]! += v !== 0 && v > 0 === (c === 2) ? 1 : 0;
        t[j + 1]!++;
      }
      tally.set(key, t);
    }
  }
}
console.log(`classifier trained on ${splits.join('+')}; ${polar.length} polar tweets scored`);
const rows = [...tally].map(([key, [rp, p, rn, n]]) => ({
  key,
  macro: (rp! / p! + rn! / n!) / 2,
  acc: (rp! + rn!) / (p! + n!),
  rp: rp! / p!,
  rn: rn! / n!,
}));
for (const r of rows.sort((a, b) => b.macro - a.macro).slice(0, Number(process.env.TOP ?? 15)))
  console.log(
    `${r.macro.toFixed(4)} acc ${r.acc.toFixed(3)} (pos ${r.rp.toFixed(3)} neg ${r.rn.toFixed(3)})  ${r.key}`,
  );
