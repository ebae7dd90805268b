import { EMOTIONS } from '../../../lib/results/emotion.js';
import { TUNING, lexiconEmotion } from '../../../processors/emotion/text/index.js';
import { loadSwCategories, swCategoryLogits } from '../../../processors/emotion/text/sw-classifier.js';
import { swTrainDocs, translatedDocs } from './build-sw-categories.js';
import { K, Tally, foldOf, grid } from './folds.js';
import { FIT_DEFAULTS, type FitOptions } from './softmax-fit.js';
import { CATS } from './sources.js';
import { swCategoryClassifier, swFeatures } from './sw-fit.js';

// Chooses the Swahili category classifier's fit and its weight in the scorer without the evaluation-only set:
//   cv   5-fold cross-validation inside the translated training lines (the classifier alone, and inside the scorer);
//   dev  trained on every training line, scored on the translated development set (xed_sw_dev.csv).
// Run: npx tsx bench/eval/text-lexicon/cv-sw-categories.ts cv|dev ['[{"l2":3e-4},…]'] ; GRID='{"swLearnedCategory":[…]}'

const mode = process.argv[2] ?? 'cv';
const fits: FitOptions[] = JSON.parse(process.argv[3] ?? '[{}]').map((o: object) => ({ ...FIT_DEFAULTS, ...o }));
const settings = grid(
  JSON.parse(process.env.GRID ?? '{"swLearnedCategory":[0,2,3,4,6],"swLearnedBeside":[0.25,0.5,1]}'),
);
const docs = swTrainDocs();
const dev = translatedDocs('sw_text_xed_translated/xed_sw_dev.csv');
const base = { ...TUNING };
const tally = new Tally();
const count = (key: string, right: boolean) => tally.count(key, right);

for (const o of fits) {
  const folds = mode === 'cv' ? [...Array(K).keys()] : [-1];
  for (const k of folds) {
    const train = docs.filter(([t]) => foldOf(t) !== k);
    const test = mode === 'cv' ? docs.filter(([t]) => foldOf(t) === k) : dev;
    loadSwCategories(swCategoryClassifier(train, o).lines.join('\n'));
    const fit = JSON.stringify({ l2: o.l2, epochs: o.epochs, minCount: o.minCount });
    for (const [text, c] of test) {
      const logits = swCategoryLogits(swFeatures(text));
      const best = logits ? EMOTIONS[logits.indexOf(Math.max(...logits))] : 'neutral';
      count(`${fit} classifier alone`, best === CATS[c]);
    }
    for (const s of settings) {
      Object.assign(TUNING, base, s);
      for (const [text, c] of test) count(`${fit} ${JSON.stringify(s)}`, lexiconEmotion(text, 'sw').label === CATS[c]);
    }
    Object.assign(TUNING, base);
  }
}
console.log(
  `${mode}: ${docs.length} training lines${mode === 'dev' ? `, scored on ${dev.length} development lines` : ''}`,
);
for (const [key, [right, n]] of [...tally].sort((a, b) => b[1][0] / b[1][1] - a[1][0] / a[1][1]))
  console.log(`${(right / n).toFixed(3)} (${right}/${n})  ${key}`);
