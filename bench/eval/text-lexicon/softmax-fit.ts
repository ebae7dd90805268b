// Multinomial logistic regression by AdaGrad over sparse binary features, deterministic (seeded shuffle), with
// class-balanced sample weights and the same 1/√(known features) scaling that classifier.ts applies at run time.

export interface FitOptions {
  minCount: number; // a feature must occur in this many training texts
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

// Chosen by 5-fold cross-validation over the non-held-out XED lines (cv.ts pool): a plateau; minCount 2 was no better
// within noise and doubled the file.
export const FIT_DEFAULTS: FitOptions = { minCount: 3, epochs: 20, rate: 0.05, l2: 3e-4, seed: 1 };

/**
 * Fits on (feature set, class) pairs; returns the bias and per-feature weights, in first-seen feature order. Each
 * text counts with its class's balancing weight, times its own `sampleWeight` when given.
 */
export function fitSoftmax(
  docs: Array<[string[], number]>,
  classes: number,
  o: FitOptions = FIT_DEFAULTS,
  sampleWeight?: readonly number[],
) {
  const df = new Map<string, number>();
  for (const [fs] of docs) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of df) if (n >= o.minCount) vocab.set(f, vocab.size);
  const W = new Float64Array(vocab.size * classes);
  const B = new Float64Array(classes);
  const GW = new Float64Array(W.length).fill(1e-8);
  const GB = new Float64Array(classes).fill(1e-8);
  const perClass = Array.from({ length: classes }, () => 0);
  for (const [, c] of docs) perClass[c]!++;
  const classWeight = perClass.map((n) => docs.length / (classes * Math.max(1, n)));
  const index = docs.map(([fs]) => fs.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined));
  let seed = o.seed;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const order = docs.map((_, i) => i);
  const p = new Float64Array(classes);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const ix = index[d]!;
      const y = docs[d]![1];
      const scale = 1 / Math.sqrt(Math.max(1, ix.length));
      let top = -Infinity;
      for (let c = 0; c < classes; c++) {
        let s = B[c]!;
        for (const i of ix) s += W[i * classes + c]! * scale;
        p[c] = s;
        top = Math.max(top, s);
      }
      let z = 0;
      for (let c = 0; c < classes; c++) z += p[c] = Math.exp(p[c]! - top);
      for (let c = 0; c < classes; c++) {
        const g = (p[c]! / z - (c === y ? 1 : 0)) * classWeight[y]! * (sampleWeight?.[d] ?? 1);
        GB[c]! += g * g;
        B[c]! -= (o.rate * g) / Math.sqrt(GB[c]!);
        for (const i of ix) {
          const k = i * classes + c;
          const gk = g * scale + o.l2 * W[k]!;
          GW[k]! += gk * gk;
          W[k]! -= (o.rate * gk) / Math.sqrt(GW[k]!);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [f, i] of vocab) weights.set(f, W.slice(i * classes, (i + 1) * classes));
  return { bias: B, weights, perClass };
}

/**
 * A fitted model as the TSV the run-time classifiers load (processors/emotion/text/linear.ts): `<bias>` first, then
 * each feature's weights × `unit`, rounded, in `order`. A backtick or ${ would end the generated template literal, so
 * such features are left out; with `dropZero`, so are features that weigh nothing once rounded.
 */
export function weightLines(
  { bias, weights }: { bias: Float64Array; weights: Map<string, Float64Array> },
  unit: number,
  order: readonly number[],
  dropZero = false,
): string[] {
  const rounded = (w: Float64Array) => order.map((k) => Math.round(w[k]! * unit) || 0);
  const kept = [...weights.keys()]
    .filter((f) => !/[`\\]|\$\{/.test(f) && (!dropZero || rounded(weights.get(f)!).some((x) => x !== 0)))
    .sort();
  return [`<bias>\t${rounded(bias).join(' ')}`, ...kept.map((f) => `${f}\t${rounded(weights.get(f)!).join(' ')}`)];
}
