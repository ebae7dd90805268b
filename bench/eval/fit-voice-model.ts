import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { EMOTIONS, type Emotion } from '../../lib/results/emotion.js';
import { FEATURE_KEYS, rawValue, standardise } from '../../processors/emotion/voice/features.js';
import type { FeatureBaseline, FeatureSpec } from '../../processors/emotion/voice/features.js';
import type { ModelPart, VoiceModel } from '../../processors/emotion/voice/score.js';
import { accuracy, arousalPairs, baselineFor, HIGH_AROUSAL, loadClips, MIN_VOICED_S } from './voice-features.js';
import { samplesOf, scoreAll, type Sample, type Scored } from './voice-features.js';

// `npx tsx bench/eval/fit-voice-model.ts`: fits processors/emotion/voice/model.json on the RAVDESS dev clips
// (bench/eval/data/voice/ravdess) and prints its 4-fold leave-speakers-out cross-validated figures. Plain
// TypeScript: L2-penalised logistic regressions by gradient descent; the penalty chosen by an inner
// leave-speakers-out CV inside each training set, so the outer figures never saw their speakers.

export const MODEL_FILE = path.resolve('processors/emotion/voice/model.json');
const ITERATIONS = Number(process.env.VOICE_FIT_ITERATIONS ?? 300);
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3];
// Circumplex valence per category (after Russell 1980; rounded, see MODEL.md).
const VALENCE: Record<Emotion, number> = {
  neutral: 0,
  happy: 0.8,
  surprise: 0.3,
  sad: -0.7,
  angry: -0.6,
  fear: -0.7,
  disgust: -0.6,
};

const meanSd = (xs: number[]) => {
  const m = xs.reduce((p, x) => p + x, 0) / xs.length;
  return { mean: m, sd: Math.sqrt(xs.reduce((p, x) => p + (x - m) ** 2, 0) / xs.length) };
};

/** Softmax regression, mean weighted cross-entropy + λ/2·|W|², full-batch gradient descent (step 0.5). */
export function fitSoftmax(X: number[][], y: number[], K: number, lambda: number, w: number[]) {
  const d = X[0]!.length;
  const W = Array.from({ length: K }, () => new Float64Array(d));
  const b = new Float64Array(K);
  const total = w.reduce((p, x) => p + x, 0);
  const gW = Array.from({ length: K }, () => new Float64Array(d));
  const gb = new Float64Array(K);
  const e = new Float64Array(K);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    for (let k = 0; k < K; k++) for (let j = 0; j < d; j++) gW[k]![j] = lambda * W[k]![j]!;
    gb.fill(0);
    X.forEach((x, i) => {
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let l = b[k]!;
        for (let j = 0; j < d; j++) l += W[k]![j]! * x[j]!;
        e[k] = l;
        max = Math.max(max, l);
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += e[k] = Math.exp(e[k]! - max);
      for (let k = 0; k < K; k++) {
        const g = ((e[k]! / sum - (y[i] === k ? 1 : 0)) * w[i]!) / total;
        gb[k] = gb[k]! + g;
        for (let j = 0; j < d; j++) gW[k]![j] = gW[k]![j]! + g * x[j]!;
      }
    });
    for (let k = 0; k < K; k++) {
      b[k] = b[k]! - 0.5 * gb[k]!;
      for (let j = 0; j < d; j++) W[k]![j] = W[k]![j]! - 0.5 * gW[k]![j]!;
    }
  }
  return { W: W.map((row) => [...row]), b: [...b] };
}

/** Standardisation of the (relative) measures over the training clips; floor = a quarter of the population sd. */
function specsFor(train: Sample[], keys: readonly string[], bases?: FeatureBaseline[]): FeatureSpec[] {
  return keys.map((key) => {
    const raw = train.map((s) => rawValue(s.a, key)).filter((x): x is number => x !== null);
    if (!bases) return { key, ...meanSd(raw) };
    const floor = 0.25 * meanSd(raw).sd;
    const rel = train.flatMap((s, i) => {
      const x = rawValue(s.a, key);
      const b = bases[i]![key];
      return x === null || !b ? [] : [(x - b.median) / Math.max(1.4826 * b.mad, floor)];
    });
    return { key, ...meanSd(rel), floor };
  });
}

/** One model part fitted on `train` with penalty λ. */
function fitPart(train: Sample[], personal: boolean, lambda: number): ModelPart {
  const keys = personal ? FEATURE_KEYS : FEATURE_KEYS.filter((k) => k !== 'f0_p50_st');
  const bases = personal ? train.map((s) => baselineFor(s, train)) : undefined;
  const features = specsFor(train, keys, bases);
  const X = train.map((s, i) => standardise(s.a, features, bases?.[i]).z);
  const y = train.map((s) => EMOTIONS.indexOf(s.label));
  const cats = fitSoftmax(
    X,
    y,
    EMOTIONS.length,
    lambda,
    y.map(() => 1),
  );
  // Arousal: high vs low categories only (disgust sits between), both sides weighted equally.
  const idx = train.flatMap((s, i) => (s.label === 'disgust' ? [] : [i]));
  const high = idx.map((i) => (HIGH_AROUSAL.includes(train[i]!.label) ? 1 : 0));
  const nHigh = high.filter((h) => h).length;
  const wts = high.map((h) => (h ? 1 / nHigh : 1 / (high.length - nHigh)));
  const ar = fitSoftmax(
    idx.map((i) => X[i]!),
    high,
    2,
    lambda,
    wts,
  );
  return {
    features,
    weights: cats.W,
    bias: cats.b,
    arousal: { weights: ar.W[1]!.map((v, j) => v - ar.W[0]![j]!), bias: ar.b[1]! - ar.b[0]! },
  };
}

/** Folds of whole speakers, two by two in id order, so that each fold holds as many men as women (odd ids). */
export function speakerFolds(samples: Sample[], k: number): Sample[][] {
  const speakers = [...new Set(samples.map((s) => s.speaker))].sort();
  const fold = (s: Sample) => Math.floor(speakers.indexOf(s.speaker) / 2) % k;
  return Array.from({ length: k }, (_, f) => samples.filter((s) => fold(s) === f));
}

const logLoss = (scored: Scored[]) =>
  scored.reduce((p, { sample, voice }) => p - Math.log(Math.max(1e-9, voice?.categories[sample.label] ?? 1 / 7)), 0);

/** λ by an inner 3-fold leave-speakers-out CV on the training clips (lowest held-out log-loss). */
function chooseLambda(train: Sample[], personal: boolean): number {
  const folds = speakerFolds(train, 3);
  const loss = LAMBDAS.map((lambda) =>
    folds.reduce((p, held) => {
      const part = fitPart(
        train.filter((s) => !held.includes(s)),
        personal,
        lambda,
      );
      const model = assemble(part, part);
      return p + logLoss(scoreAll(model, held, personal));
    }, 0),
  );
  return LAMBDAS[loss.indexOf(Math.min(...loss))]!;
}

const assemble = (population: ModelPart, personal: ModelPart): VoiceModel => ({
  note: 'See MODEL.md. Written by bench/eval/fit-voice-model.ts; do not edit by hand.',
  valence: VALENCE,
  minVoicedS: MIN_VOICED_S,
  maxMissingFraction: 0.34,
  population,
  personal_baseline: personal,
});

/** Both parts fitted on `train`, each with its own λ; returns the model and the λs. */
export function fitModel(train: Sample[]): { model: VoiceModel; lambdas: { population: number; personal: number } } {
  const lambdas = { population: chooseLambda(train, false), personal: chooseLambda(train, true) };
  const pop = fitPart(train, false, lambdas.population);
  const per = fitPart(train, true, lambdas.personal);
  return { model: assemble(pop, per), lambdas };
}

export type Basis = 'population' | 'personal';

/** Every clip scored by the model fitted without its speaker, both bases: `tests[c]` = the clips in condition c. */
export function crossValidate(train: Sample[], tests: Sample[][], k = 4): Record<Basis, Scored[][]> {
  const out = { population: tests.map((): Scored[] => []), personal: tests.map((): Scored[] => []) };
  for (const held of speakerFolds(train, k)) {
    const speakers = new Set(held.map((s) => s.speaker));
    const { model } = fitModel(train.filter((s) => !speakers.has(s.speaker)));
    tests.forEach((t, c) => {
      const mine = t.filter((s) => speakers.has(s.speaker));
      out.population[c]!.push(...scoreAll(model, mine, false));
      out.personal[c]!.push(...scoreAll(model, mine, true));
    });
  }
  return out;
}

/** Coefficients rounded to 5 significant digits: enough for the model, short enough to read. */
const rounded = (_key: string, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(5)) : v);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const samples = samplesOf(await loadClips());
  const folds = crossValidate(samples, [samples]);
  for (const basis of ['population', 'personal'] as const) {
    const cv = folds[basis][0];
    const p = arousalPairs(cv!);
    console.log(`CV (4 folds by speaker), ${basis}: 7-way accuracy ${accuracy(cv!).toFixed(3)} (n=${cv!.length}),`);
    console.log(`  arousal pairs ranked right ${p.fraction.toFixed(3)} of ${p.pairs}`);
  }
  const { model, lambdas } = fitModel(samples);
  const text = JSON.stringify(model, rounded);
  const options = { ...(await prettier.resolveConfig(MODEL_FILE)), filepath: MODEL_FILE };
  writeFileSync(MODEL_FILE, await prettier.format(text, options));
  console.log(
    `λ population ${lambdas.population}, personal ${lambdas.personal}; wrote ${path.relative('.', MODEL_FILE)}`,
  );
}
