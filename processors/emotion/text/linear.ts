// A linear classifier's weights as the learned TSVs ship them (feature TAB one weight per class × `unit`, a `<bias>`
// row first), shared by the English category classifier and the Swahili valence classifier.

const BIAS = '<bias>';

export class LinearWeights {
  private readonly weights = new Map<string, Float64Array>();

  constructor(
    private readonly classes: number,
    /** What the stored integers were multiplied by (10 or 100). */
    private readonly unit: number,
  ) {}

  /** Replaces the weights with a TSV's: at load, and by the cross-validations (bench/eval/text-lexicon/). */
  load(tsv: string): void {
    this.weights.clear();
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0)
        this.weights.set(
          line.slice(0, tab),
          Float64Array.from(line.slice(tab + 1).split(' '), (x) => Number(x) / this.unit),
        );
    }
  }

  /**
   * Class scores (logits), or undefined when no feature is known. The sum is scaled by 1/√(known features), as in
   * training, so long and short texts give comparable confidence.
   */
  logits(features: readonly string[]): Float64Array | undefined {
    const known: Float64Array[] = [];
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) known.push(w);
    }
    if (known.length === 0) return undefined;
    // Features are words, pairs, grams and marks, never "<bias>": a token holds no "<".
    const s = Float64Array.from(this.weights.get(BIAS) ?? new Float64Array(this.classes));
    const scale = 1 / Math.sqrt(known.length);
    for (const w of known) for (let c = 0; c < s.length; c++) s[c]! += w[c]! * scale;
    return s;
  }
}
