import { readdirSync } from 'node:fs';
import path from 'node:path';
import { combine } from '../../processors/risk/combine.js';
import { crisisLanguageFactors, detectCrisisLanguage, readByRules } from '../../processors/risk/language/index.js';
import { IDEATION_MODELS, features, probability } from '../../processors/risk/language/learned.js';
import { featureRows, fitLogistic, outOfFold, shippedWeights, writeModel } from './logistic.js';
import { DATA, THIRD, THIRD_FIXTURES, foldOf, label, loadItems, type Item } from './risk-fit-sets.js';

// `npx tsx bench/eval/fit-check-model.ts`: fits processors/risk/language/learned-check.json, the model that must agree
// before the first ideation model's reading counts (RULES.md, "A check on the first"). The same features, fit and
// folds as the third reading (fit-risk-model.ts --third), on its data plus the dev half of the Kenyan survey answers
// (KENYA.md: real everyday talk of doctors and tests, none of it ideation but one held-out answer), which the first
// model read as ideation about one time in ten where people spoke of worry. Its threshold is a safety rule, not a
// trade: one candidate below the largest at which every labelled crisis that the first model alone raises keeps its
// reading, in every set and fixture (the fitted ones scored out of fold, all others, blind ones too, by the full
// model; counts only; on the whole text, while at run time a window of a few words may agree too). Printed: how many
// of the first model's lone readings the whole-text check silences, per group of sets.

const SETS = [...THIRD, 'kenya-dev'];
const OUT = path.resolve('processors/risk/language/learned-check.json');
const CANDIDATES = [0.1, 0.05, 0.02, 0.01, 0.005, 0.002];
const SGD = { epochs: 30, rate: 0.5, lambda: 1e-3 };
const PRUNE = 0.05;

const items = loadItems(SETS, THIRD_FIXTURES);
const X = featureRows(
  items.map((it) => it.text),
  2,
);
const y = items.map(label);
/** The layer may speak: the rules alone leave the text at low and no rule read its words (as fit-risk-model.ts). */
const maySpeak = (text: string) =>
  combine(crisisLanguageFactors(text).filter((f) => !f.code.startsWith('learned_'))).level === 'low' &&
  !readByRules(detectCrisisLanguage(text));
const trainable = items.map((_, i) => i).filter((i) => maySpeak(items[i]!.text));
const p = outOfFold(X, y, items.map(foldOf), trainable, SGD);
const full = fitLogistic(X, y, trainable, SGD);

// The first model without its check, and the later ones: a lone reading of the first is what the check can silence.
const { check: _shipped, ...first } = IDEATION_MODELS[0]!;
// Every later reading as shipped: a text one of them reads keeps its medium whatever the check says.
const later = IDEATION_MODELS.slice(1);
/** The first model alone lifts the text from low: no later model reads it, and no other factor holds it up. */
function aloneLifts(text: string): boolean {
  const f = features(text);
  if (!maySpeak(text) || probability(first, f) < first.threshold) return false;
  if (later.some((m) => probability(m, f) >= m.threshold)) return false;
  return combine(crisisLanguageFactors(text).filter((x) => x.code !== 'learned_ideation')).level === 'low';
}

const fitted = new Set([...SETS, ...THIRD_FIXTURES]);
const others: Item[] = [
  ...readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl') && !fitted.has(f.replace('.jsonl', '')))
    .sort()
    .flatMap((f) => loadItems([f.replace('.jsonl', '')], [])),
  ...readdirSync('test/fixtures/risk')
    .filter((f) => f.endsWith('.jsonl') && !fitted.has(f.replace('.jsonl', '')))
    .sort()
    .flatMap((f) => loadItems([], [f.replace('.jsonl', '')])),
];
const lone = [
  ...items.map((it, i) => ({ it, p: p[i]! })),
  ...others.map((it) => ({ it, p: probability(full, features(it.text)) })),
].filter(({ it }) => aloneLifts(it.text));
const crises = lone.filter(({ it }) => label(it) === 1);
const floor = Math.min(...crises.map((c) => c.p));
// One candidate below the largest that keeps every such crisis: a margin, as a crisis worded a little differently
// from the labelled ones may score a little lower.
const safe = CANDIDATES.findIndex((t) => t <= floor);
const THRESHOLD = safe < 0 ? undefined : CANDIDATES[safe + 1];
if (THRESHOLD === undefined)
  throw new Error(`a crisis the first model alone raises has p ${floor}: no candidate keeps it`);
console.log(
  `[fit check model] ${items.length} texts (${SETS.join(', ')}, fixtures ${THIRD_FIXTURES.join(', ')}), 5-fold CV by source post`,
);
console.log(
  `  the first model alone raises ${lone.length} labelled texts, ${crises.length} of them crises (least check p ${floor.toFixed(4)}): threshold ${THRESHOLD}`,
);
const groups: Record<string, (it: Item) => boolean> = {
  'fitted sets (out of fold), kenya-dev aside': (it) => fitted.has(it.set) && it.set !== 'kenya-dev',
  'kenya-dev (out of fold)': (it) => it.set === 'kenya-dev',
  'every other set and fixture, blind ones too': (it) => !fitted.has(it.set),
};
for (const [name, inGroup] of Object.entries(groups)) {
  const of = lone.filter(({ it }) => inGroup(it));
  const [c, n] = [
    of.filter(({ it }) => label(it) === 1),
    of.filter(({ it }) => label(it) === 0 && (it.tier || it.max)),
  ];
  const quiet = (xs: typeof of) => xs.filter((x) => x.p < THRESHOLD).length;
  console.log(`    ${name}: crises kept ${c.length - quiet(c)}/${c.length}; others silenced ${quiet(n)}/${n.length}`);
}
const weights = shippedWeights(full.weights, PRUNE);
await writeModel(OUT, {
  fitted_on: [...SETS.map((s) => `${s}.jsonl`), ...THIRD_FIXTURES.map((f) => `test/fixtures/risk/${f}.jsonl`)],
  bias: Math.round(full.bias * 1000) / 1000,
  threshold: THRESHOLD,
  weights,
});
console.log(`  wrote ${OUT}: ${Object.keys(weights).length} coefficients`);
