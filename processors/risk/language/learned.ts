import first from './learned-model.json' with { type: 'json' };
import refit from './learned-model-2.json' with { type: 'json' };
import third from './learned-model-3.json' with { type: 'json' };
import fourth from './learned-model-4.json' with { type: 'json' };
import fifth from './learned-model-5.json' with { type: 'json' };
import sixth from './learned-model-6.json' with { type: 'json' };
import check from './learned-check.json' with { type: 'json' };
import { clauses, normaliseWords } from './normalise.js';
import { PLACEHOLDER_WORDS } from '../../../lib/redaction/types.js';

// A small learned layer under the rules (RULES.md, "The learned layer" and "Refitted beside the first readings"): L2
// logistic regressions over words and word pairs. The first (learned-model.json) was fitted on real first-person texts
// by the fit script of c3781a0; its refit (learned-model-2.json, bench/eval/fit-risk-model.ts) also on written
// check-ins and the test fixtures; a third (learned-model-3.json, the same script with --third) also on wishes told
// without a death word (RULES.md, "A third reading"); a fourth (--fourth) also on crises told in talk of health (RULES.md,
// "A fourth reading"); a fifth (--fifth) also on the reviews' crises and lookalikes up to review 129, each learned
// alone and beside an ordinary text (RULES.md, "A fifth reading"). It sees wordings no rule names, so it only ever
// raises a text to medium (followed up, never escalated), and only where the rules found nothing at all. A sixth
// (--sixth) also on every later review up to 193 but the blind writers' (RULES.md, "Session 44").

export interface LearnedModel {
  bias: number;
  /** The probability from which a text counts. */
  threshold: number;
  /** Feature → coefficient (words and `word_word` pairs of normalised text). */
  weights: Record<string, number>;
  /** A second model that must reach its own threshold too before this one's reading counts. */
  check?: LearnedModel;
}

/** The layer's fitted readings, oldest first. A refit is added beside the earlier model, never swapped in, so no text
 * an earlier reading raised falls (RULES.md, "Refitted beside the first readings"); each speaks at its own threshold. */
// The first model read everyday Kenyan talk of doctors and tests as ideation (about one answer in ten about worry): it
// speaks only where a model fitted also on such talk finds ideation at all likely (RULES.md, "A check on the first").
// The sixth, fitted on every review read but the blind writers' (RULES.md, "Session 44"), reads beside them, and the
// first, the readiest to raise lookalikes, speaks only where the sixth finds ideation at all likely.
export const IDEATION_MODELS: readonly LearnedModel[] = [{ ...first, check }, refit, third, fourth, fifth, sixth];
/** Out of fold, of the ~1,100 ordinary texts and ~100 crises the first reading alone of the five raises, a sixth's
 * probability under 0.01 on the whole text marks over a third and at most 5 (fit-risk-model.ts --sixth prints it). */
const DOUBTER: LearnedModel = { ...sixth, threshold: 0.01 };
/** On the whole text alone the doubt silenced short wishes inside run-on talk, and with 14-word windows alone still
 * some ("… hakuna atakayenikosa nikienda"): any 8 or 14 words in a row the sixth finds likely keep the reading
 * (RULES.md, "Session 44"). */
const DOUBT_WINDOWS = [8, 14];
type Models = LearnedModel | readonly LearnedModel[];

/** Said in passing at the end of a text: the models' weights on them came from how the written training sets were
 * worded, and they raised ordinary check-ins by form alone (a review's false-alarm sweep, 2026-12-02). */
const PASSING_END = new Set([
  'honestly',
  'tbh',
  'asante',
  'asanteni',
  'yeah',
  'so_yeah',
  'thank_you',
  'asante_sana',
  'you_know',
]);
const placeholder = (w: string) => PLACEHOLDER_WORDS.includes(w);

/** Words and adjacent word pairs of a text, normalised as the rules read it; a masked method ("[method]") is no word. */
export function features(text: string): string[] {
  // The words as the model was fitted on them (without the eighth session's aliases).
  const words = normaliseWords(text.replace(/\[method\]/gu, ' '), false)
    .split(' ')
    .filter(Boolean);
  for (let n = words.length; n > 1; n = words.length) {
    if (PASSING_END.has(`${words[n - 2]}_${words[n - 1]}`)) words.length = n - 2;
    else if (PASSING_END.has(words[n - 1]!) || (placeholder(words[n - 1]!) && /\[\p{L}+\]\W*$/u.test(text)))
      words.length = n - 1;
    else break;
  }
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(w);
    if (i > 0) out.add(`${words[i - 1]}_${w}`);
  });
  return [...out];
}

export function probability(model: LearnedModel, feats: readonly string[]): number {
  // Own keys only: a plain object answers "constructor" with a function, and the sum with NaN, so no model would read.
  const z = feats.reduce((s, f) => s + (Object.hasOwn(model.weights, f) ? model.weights[f]! : 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** Word windows the check also reads: beside a wish, everyday talk of doctors and bills must not outweigh it. */
const CHECK_WINDOWS = [3, 4, 5, 6, 8, 10, 14];

/** The check agrees with the text as a whole or with any window of a few words of it (RULES.md, "A check on the
 * first"): read on the whole text alone, a sentence about tests or a clinic beside a wish silenced it. */
function agrees(
  check: LearnedModel,
  feats: readonly string[],
  cs: ReturnType<typeof clauses>,
  windows: readonly number[] = CHECK_WINDOWS,
): boolean {
  if (probability(check, feats) >= check.threshold) return true;
  const words = cs
    .map((c) => c.raw)
    .join(' ')
    .split(/\s+/u)
    .filter(Boolean);
  return windows.some((w) =>
    words.some(
      (_, i) =>
        i + w <= Math.max(words.length, w) &&
        probability(check, features(words.slice(i, i + w).join(' '))) >= check.threshold,
    ),
  );
}

/** The text's probability of current ideation under the first of the models that reads it at its threshold, and the
 * clause that weighs most for it under that model (the span a factor shows). */
export function learnedIdeation(text: string, models?: Models): { p: number; span: string } | undefined {
  // Asked for no models, the layer reads as shipped: all six, the first doubted by the sixth; a fit script asking for
  // models gets their raw readings.
  const shipped = models === undefined;
  const cs = clauses(text);
  if (cs.length === 0) return undefined;
  const feats = features(text);
  const read = ([] as LearnedModel[])
    .concat(models ?? IDEATION_MODELS)
    .map((model) => ({ model, p: probability(model, feats) }))
    .find(
      ({ model, p }) =>
        p >= model.threshold &&
        (!model.check || agrees(model.check, feats, cs)) &&
        !(shipped && model === IDEATION_MODELS[0] && !agrees(DOUBTER, feats, cs, DOUBT_WINDOWS)),
    );
  if (!read) return undefined;
  const { model, p } = read;
  const scored = cs.map((c) => ({ c, p: probability(model, features(c.raw)) }));
  const top = scored.reduce((a, b) => (b.p > a.p ? b : a));
  return { p, span: top.c.raw };
}
