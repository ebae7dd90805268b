import path from 'node:path';
import { combine } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';
import { fnv1a } from './text-sets.js';
import { reviews } from './risk-fit-sets.js';
import { readJsonl } from './jsonl.js';
import { featureRows, fitLogistic, outOfFold, shippedWeights, writeModel } from './logistic.js';

// `npx tsx bench/eval/fit-warning-model.ts [--third|--fourth|--fifth]`: fits processors/risk/language/warning-model-2.json (the refit
// beside warning-model.json, which stays as c3781a0 wrote it; with --third, warning-model-3.json), an L2 logistic
// regression (stochastic gradient descent, fixed order, reproducible) separating plans and recent acts told through
// warning signs from ordinary lives that look like them, and prints its 5-fold cross-validated figures. Fitted only on
// sets already read: never the blind probes7, probes9, probes11–18 nor heldout3.jsonl to heldout6.jsonl; the second
// round's sets only with --third (RULES.md).

const DATA = 'bench/eval/data/risk';
const FIX = 'test/fixtures/risk';
/** With --third: the third reading (RULES.md, "A third reading of plans and acts"), also on the second round's warning
 * set, its plans, acts and lookalikes, and train-act1–4 (TRAIN-ACT.md); otherwise the refit beside the first. */
/** With --fourth: the third's data plus plans, acts and lookalikes told in talk of health (TRAIN-HEALTH.md) and the
 * Kenyan dev answers as ordinary talk (RULES.md, "A fourth reading"). */
/** With --fifth: the fourth's data plus the plans, acts and lookalikes of probes31 and of reviews 21 and 22, and the
 * ordinary check-ins a red team aimed at a first fit of it (review 23; RULES.md, "A fifth reading of plans and acts"). */
/** With --sixth: the fifth's data plus every review from 24 to 172 (their "critical" crises and "low" texts); reviews
 * 173 and 174, written blind after it was planned, measure it (RULES.md, "A sixth reading of plans and acts"). */
const SIXTH = process.argv.includes('--sixth');
const FIFTH = SIXTH || process.argv.includes('--fifth');
const FOURTH = FIFTH || process.argv.includes('--fourth');
const THIRD = FOURTH || process.argv.includes('--third');
const OUT = path.resolve(
  `processors/risk/language/warning-model-${SIXTH ? 6 : FIFTH ? 5 : FOURTH ? 4 : THIRD ? 3 : 2}.json`,
);
/** Candidate thresholds; the lowest whose cross-validated new alarms on ordinary texts stay at 1 % or less ships. */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const MAX_NEW_ALARMS = 0.01;
const LAMBDA = 1e-3;
const EPOCHS = 30;
const RATE = 0.3;
const PRUNE = 0.05;
const MIN_TEXTS = 2;

interface Item {
  text: string;
  y: number;
  set: string;
}
const items: Item[] = [];
// Positives: plans and acts of the probe sets written for warning signs, and the first red team's crisis wordings.
for (const set of ['probes8', 'probes10'])
  for (const o of readJsonl<{ text: string; min?: string; max?: string }>(`${DATA}/${set}.jsonl`))
    if (o.min === 'critical' || o.max) items.push({ text: o.text, y: o.max ? 0 : 1, set });
// Training sets written for it (TRAIN-WS.md): six half plans and acts told indirectly, half lookalikes; one of
// ordinary check-ins a red team wrote to make the first refit fire.
const WS = ['train-ws1', 'train-ws2', 'train-ws3', 'train-ws4', 'train-ws5', 'train-ws6', 'train-ws-ordinary'];
for (const set of THIRD ? [...WS, 'train-ws7'] : WS)
  for (const o of readJsonl<{ text: string; max?: string }>(`${DATA}/${set}.jsonl`))
    items.push({ text: o.text, y: o.max ? 0 : 1, set });
// The sets written for the first learned layer (TRAIN-ID.md): their plans and acts, and their lookalikes; wishes and
// thoughts without a plan are neither.
const ID = ['train-id1', 'train-id2', 'train-id3', 'train-id4'];
const ACT = ['train-id5', 'train-id6', 'train-act1', 'train-act2', 'train-act3', 'train-act4'];
for (const set of THIRD ? [...ID, ...ACT] : ID)
  for (const o of readJsonl<{ text: string; min?: string; max?: string }>(`${DATA}/${set}.jsonl`))
    if (o.min === 'critical' || o.max) items.push({ text: o.text, y: o.max ? 0 : 1, set });
const HEALTH = ['train-health1', 'train-health2', 'train-health3', 'train-health4'];
for (const set of FOURTH ? HEALTH : [])
  for (const o of readJsonl<{ text: string; min?: string; max?: string }>(`${DATA}/${set}.jsonl`))
    if (o.min === 'critical' || o.max) items.push({ text: o.text, y: o.max ? 0 : 1, set });
for (const o of FIFTH ? readJsonl<{ text: string; min?: string; max?: string }>(`${DATA}/probes31.jsonl`) : [])
  items.push({ text: o.text, y: o.max ? 0 : 1, set: 'probes31' });
for (const set of FIFTH ? ['review21', 'review22', 'review23', ...(SIXTH ? reviews(24, 172) : [])] : [])
  for (const o of readJsonl<{ text: string; must: string }>(`${FIX}/${set}.jsonl`))
    if (o.must === 'critical' || o.must === 'low') items.push({ text: o.text, y: o.must === 'low' ? 0 : 1, set });
if (FOURTH)
  for (const o of readJsonl<{ text: string }>(`${DATA}/kenya-dev.jsonl`))
    items.push({ text: o.text, y: 0, set: 'kenya-dev' });
for (const o of readJsonl<{ text: string }>(`${FIX}/redteam8-crises.jsonl`))
  items.push({ text: o.text, y: 1, set: 'redteam8-crises' });
// Negatives: the red teams' ordinary lookalikes, the earlier probe sets' quiet items and real texts without ideation.
for (const set of ['redteam8-ordinary', 'redteam9-ordinary'])
  for (const o of readJsonl<{ text: string }>(`${FIX}/${set}.jsonl`)) items.push({ text: o.text, y: 0, set });
for (const set of ['probes', 'probes2', 'probes3', 'probes4', 'probes5', 'probes6'])
  for (const o of readJsonl<{ text: string; max?: string }>(`${DATA}/${set}.jsonl`))
    if (o.max) items.push({ text: o.text, y: 0, set });
for (const set of ['dev', 'dev2', 'heldout', 'heldout2', 'train2', 'train3', 'train4', 'train5', 'train6'])
  for (const o of readJsonl<{ text: string; tier: string }>(`${DATA}/${set}.jsonl`))
    if (o.tier === 'none') items.push({ text: o.text, y: 0, set });

const X = featureRows(
  items.map((it) => it.text),
  MIN_TEXTS,
);
const y = items.map((it) => it.y);
const SGD = { epochs: EPOCHS, rate: RATE, lambda: LAMBDA };
const all = items.map((_, i) => i);
const p = outOfFold(
  X,
  y,
  items.map((it) => fnv1a(it.text, 20261201) % 5),
  all,
  SGD,
);
// What the rules alone give (without either learned factor): the model matters where they stay below high.
const below = items.map((it) =>
  ['low', 'medium'].includes(
    combine(crisisLanguageFactors(it.text).filter((f) => !f.code.startsWith('learned_'))).level,
  ),
);
const pos = items.map((_, i) => i).filter((i) => items[i]!.y === 1);
// The rule's ordinary texts leave out the Kenyan answers: thousands of easy real negatives would loosen it.
const neg = items.map((_, i) => i).filter((i) => items[i]!.y === 0 && items[i]!.set !== 'kenya-dev');
const kenya = items.map((_, i) => i).filter((i) => items[i]!.set === 'kenya-dev');
const n = (xs: number[], f: (i: number) => boolean) => `${xs.filter(f).length}/${xs.length}`;
console.log(`[fit warning model] ${items.length} texts (${pos.length} plans and acts), 5-fold CV`);
console.log(
  `  the rules alone leave ${n(pos, (i) => below[i]!)} plans and acts below high (in-sample: written from them)`,
);
const newAlarms = (th: number) => neg.filter((i) => below[i]! && p[i]! >= th).length;
const threshold = THRESHOLDS.find((th) => newAlarms(th) / neg.length <= MAX_NEW_ALARMS);
// No candidate keeps to the rule: nothing may ship.
if (threshold === undefined) throw new Error(`no threshold keeps new alarms at ${MAX_NEW_ALARMS * 100} % or less`);
for (const th of THRESHOLDS) {
  const fa = newAlarms(th);
  console.log(
    `  threshold ${th}${th === threshold ? ' (shipped)' : ''}: plans and acts found out of fold ` +
      `${n(pos, (i) => p[i]! >= th)}; new alarms on ordinary texts the rules leave below high ${fa}/${neg.length}`,
  );
}

if (kenya.length)
  console.log(
    `  Kenyan dev answers the rules leave below high, raised out of fold: ${n(kenya, (i) => below[i]! && p[i]! >= threshold)}`,
  );
const full = fitLogistic(X, y, all, SGD);
const weights = shippedWeights(full.weights, PRUNE);
const model = { bias: Math.round(full.bias * 1000) / 1000, threshold, weights };
await writeModel(OUT, model);
console.log(`  wrote ${OUT}: ${Object.keys(weights).length} coefficients`);
