import path from 'node:path';
import { combine } from '../../processors/risk/combine.js';
import { crisisLanguageFactors, detectCrisisLanguage, readByRules } from '../../processors/risk/language/index.js';
import { featureRows, fitLogistic, outOfFold, shippedWeights, writeModel } from './logistic.js';
import { FOURTH, SECOND, SECOND_FIXTURES, THIRD, THIRD_FIXTURES, foldOf, label, loadItems } from './risk-fit-sets.js';

// `npx tsx bench/eval/fit-risk-model.ts [--third|--fourth]`: fits processors/risk/language/learned-model-2.json (the
// refit beside the first model, learned-model.json, which stays as c3781a0 wrote it; --third learned-model-3.json;
// --fourth learned-model-4.json, also on health talk and real Kenyan answers: RULES.md, "A fourth reading"), an
// L2 logistic regression (stochastic gradient descent, fixed order, so the file is reproducible on the rules it was
// fitted with: a rule that changes which texts the layer may speak on changes the fit) on the sets of
// bench/eval/data/risk already read (never heldout3.jsonl to heldout6.jsonl nor the blind probes7, 9, 11–18; for the
// refit the second round's sets, train-id5, train-id6, train-ws7 and train-id-ordinary, are left out on purpose:
// RULES.md, "A second round, set aside"; the third reading takes all but train-id-ordinary, and train-ind1–4 and the
// everyday-dying red team: RULES.md, "A third reading"; the shipped learned-model-2.json reproduces on the rules of
// 5b8fca4, learned-model-3.json on those of 3416f4d), and prints its 5-fold cross-validated figures, folds by source
// post so that a post and its translations stay together. The figures that choose the threshold count only texts the
// layer may speak on: the rules alone (without the shipped learned factor) leave them at low and no rule read their
// words (index.ts, readByRules).

/** Which model to fit: the refit beside the first (learned-model-2.json), or with --third the third reading. */
const MODELS = {
  second: {
    sets: SECOND,
    fixtures: SECOND_FIXTURES,
    out: 'processors/risk/language/learned-model-2.json',
  },
  // The second round kept as data (TRAIN-ID.md) and wishes told without a death word (TRAIN-IND.md); the red team of
  // ordinary check-ins aimed at the weights (train-id-ordinary) stays out, to measure the false alarms it draws.
  third: {
    sets: THIRD,
    fixtures: THIRD_FIXTURES,
    out: 'processors/risk/language/learned-model-3.json',
  },
  // Crises told in health talk and their lookalikes (TRAIN-HEALTH.md), real Kenyan answers as ordinary talk.
  fourth: {
    sets: FOURTH,
    fixtures: THIRD_FIXTURES,
    out: 'processors/risk/language/learned-model-4.json',
  },
};
const which = process.argv.includes('--fourth')
  ? MODELS.fourth
  : process.argv.includes('--third')
    ? MODELS.third
    : MODELS.second;
const FITTED_ON = which.sets.map((s) => `${s}.jsonl`);
const OUT = path.resolve(which.out);
/** The lowest candidate whose cross-validated new false alarms stay at 2 % or less of texts without ideation ships. */
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95];
const MAX_NEW_ALARMS = 0.02;
const LAMBDA = 1e-3;
const EPOCHS = 30;
const RATE = 0.5;
/** Coefficients smaller than this are dropped from the shipped file (they move no text across the threshold). */
const PRUNE = 0.05;

const FIXTURES = which.fixtures;
const items = loadItems(which.sets, FIXTURES);
/** Features seen in fewer texts are that text's words (names, places), not a pattern. */
const MIN_TEXTS = 2;
const X = featureRows(
  items.map((it) => it.text),
  MIN_TEXTS,
);
const y = items.map(label);

// The rules alone: without the shipped learned factor (else texts the old layer reads would count as read by rules).
const rules = items.map(
  (it) => combine(crisisLanguageFactors(it.text).filter((f) => !f.code.startsWith('learned_'))).level !== 'low',
);
/** The layer may speak: the rules leave the text at low and no rule read its words (a negation, a report stands). */
const maySpeak = items.map((it, i) => !rules[i] && !readByRules(detectCrisisLanguage(it.text)));
/** Fitted only where it may speak: texts the rules read would teach it their cue words, not what the rules miss. */
const trainable = items.map((_, i) => i).filter((i) => maySpeak[i]);
const SGD = { epochs: EPOCHS, rate: RATE, lambda: LAMBDA };

const fold = items.map(foldOf);
const p = outOfFold(X, y, fold, trainable, SGD);
const ideation = items.map((_, i) => i).filter((i) => y[i] === 1);
// The rule's texts without ideation leave out the Kenyan survey answers: thousands of easy real negatives would loosen
// it (the fourth reading's new alarms on them are printed with their set).
const none = items.map((_, i) => i).filter((i) => y[i] === 0 && items[i]!.set !== 'kenya-dev');
const missed = ideation.filter((i) => maySpeak[i]);
const open = none.filter((i) => maySpeak[i]);
const n = (xs: number[], f: (i: number) => boolean) => `${xs.filter(f).length}/${xs.length}`;
const pct = (k: number, of: number) => `${((100 * k) / of).toFixed(1)} %`;
console.log(
  `[fit risk model] ${items.length} texts (${[...FITTED_ON, ...FIXTURES].join(', ')}), 5-fold CV by source post`,
);
console.log(
  `  the rules alone: ideation ${n(ideation, (i) => rules[i]!)}; without ideation ${n(none, (i) => rules[i]!)};` +
    ` the layer may speak on ${missed.length} texts with ideation and ${open.length} without`,
);
const newAlarms = (th: number) => open.filter((i) => p[i]! >= th).length;
const THRESHOLD = THRESHOLDS.find((th) => newAlarms(th) / none.length <= MAX_NEW_ALARMS);
// No candidate keeps to the rule: nothing may ship.
if (THRESHOLD === undefined)
  throw new Error(`no threshold keeps new false alarms at ${MAX_NEW_ALARMS * 100} % or less`);
for (const th of THRESHOLDS) {
  const fa = newAlarms(th);
  console.log(
    `  threshold ${th}${th === THRESHOLD ? ' (shipped)' : ''}: ideation the rules miss found ${n(missed, (i) => p[i]! >= th)};` +
      ` new false alarms ${fa}/${none.length} (${pct(fa, none.length)} of the texts without ideation)`,
  );
}
// The same out-of-fold figures per set, at the shipped threshold.
for (const set of [...FITTED_ON.map((f) => f.replace('.jsonl', '')), ...FIXTURES]) {
  const inSet = (i: number) => items[i]!.set === set;
  const without = items.map((_, i) => i).filter((i) => y[i] === 0 && inSet(i));
  const [m, o] = [missed.filter(inSet), without.filter((i) => maySpeak[i])];
  console.log(
    `    ${set}: found ${n(m, (i) => p[i]! >= THRESHOLD)}; new false alarms ${o.filter((i) => p[i]! >= THRESHOLD).length}` +
      ` of ${without.length} without ideation`,
  );
}

const full = fitLogistic(X, y, trainable, SGD);
const weights = shippedWeights(full.weights, PRUNE);
const model = {
  fitted_on: [...FITTED_ON, ...FIXTURES.map((f) => `test/fixtures/risk/${f}.jsonl`)],
  bias: Math.round(full.bias * 1000) / 1000,
  threshold: THRESHOLD,
  weights,
};
await writeModel(OUT, model);
console.log(`  wrote ${OUT}: ${Object.keys(weights).length} coefficients`);
