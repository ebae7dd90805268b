import { EMOTIONS, type Emotion } from '../../lib/results/emotion.js';
import { lexiconEmotion } from '../../processors/emotion/text/index.js';
import { readJsonl } from './jsonl.js';
import { isDev, readTextSet, SPLIT_SEED } from './text-sets.js';

// Issue 9: the lexicon text-emotion scorer on public sets (bench/eval/data/text/*/PROVENANCE.md). Each set is split
// in two by a seeded hash of the text: the lexicons were tuned on "dev" only, the goals are judged on "held-out".
// Run: npx tsx bench/eval/emotion-text.ts   (add --dev to also print the development-half figures)
// The learned lists (processors/emotion/text/lexicons/learned/) are trained on everything but the held-out halves,
// so shipped-list dev figures are optimistic; settings were chosen by cross-validation (text-lexicon/cv.ts).
// The Swahili/Sheng 7-way set (data/text/sw_text_xed_translated/, own translations of held-out XED lines) is
// evaluation-only: it is read whole, never split, and no build or tuning script reads it. Its development twin
// (xed_sw_dev.csv, own translations of XED *dev-half* lines) is for tuning the Swahili/Sheng hand lists.
// RESONA_SKIP_SW_EVAL=1 skips the evaluation-only figure, so tuning runs never show it.

const GOALS = { category: 0.45, sign: 0.8, cpuMs: 1 };
const showDev = process.argv.includes('--dev');
const skipSwEval = process.env.RESONA_SKIP_SW_EVAL === '1';

const split = <T extends { text: string }>(rows: T[], dev: boolean) => rows.filter((r) => isDev(r.text) === dev);
const verdict = (x: number, goal: number) => (x >= goal ? 'PASS' : 'BELOW');
const pct = (x: number) => x.toFixed(3);

/** Share of texts with ≥ 1 hand cue, and with ≥ 1 hand cue, learned word or known classifier feature (lexicons/learned/). */
function coverage(texts: string[], language: 'en' | 'sw'): string {
  let hand = 0;
  let any = 0;
  for (const t of texts) {
    const r = lexiconEmotion(t, language);
    if (r.cues > 0) hand++;
    if (r.cues + r.learned > 0) any++;
  }
  return `coverage: ≥ 1 hand cue ${pct(hand / texts.length)}, ≥ 1 hand cue, learned word or known classifier feature ${pct(any / texts.length)}`;
}

/** 7-way confusion matrix and accuracy of the lexicon scorer on `rows`, printed under `title`. */
function categories(
  title: string,
  rows: Array<Record<string, string>>,
  language: 'en' | 'sw',
  notes: string[] = [],
): void {
  const confusion = new Map(EMOTIONS.map((e) => [e, new Map(EMOTIONS.map((p) => [p, 0]))]));
  let right = 0;
  for (const r of rows) {
    const got = lexiconEmotion(r.text!, language).label;
    confusion.get(r.label as Emotion)!.set(got, confusion.get(r.label as Emotion)!.get(got)! + 1);
    if (got === r.label) right++;
  }
  const acc = right / rows.length;
  console.log(`\n${title} (n=${rows.length}): accuracy ${pct(acc)}  goal ≥ ${GOALS.category}`);
  console.log(`  ${verdict(acc, GOALS.category)} (chance 0.143; majority class 0.143 with balanced classes)`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(
    `  ${coverage(
      rows.map((r) => r.text!),
      language,
    )}`,
  );
  console.log(`  true \\ predicted ${EMOTIONS.map((e) => e.slice(0, 8).padStart(9)).join('')}   recall`);
  for (const e of EMOTIONS) {
    const row = confusion.get(e)!;
    const n = [...row.values()].reduce((s, x) => s + x, 0);
    const cells = EMOTIONS.map((p) => String(row.get(p)).padStart(9)).join('');
    console.log(`  ${e.padEnd(17)}${cells}   ${pct(row.get(e)! / n)} (${row.get(e)}/${n})`);
  }
}

/** The English scorer on the same lines' English originals (the `english` column): what the Swahili figure can be held
 * against, since the translation keeps the line's label and its wording carries the rest. */
function parity(rows: Array<Record<string, string>>): string {
  const right = rows.filter((r) => lexiconEmotion(r.english!, 'en').label === r.label).length;
  return `parity: the English scorer on these lines' English originals (xed_dev7.csv held-out half) ${pct(right / rows.length)} (${right}/${rows.length})`;
}

/** Accuracy of each language variety (sw, sheng, mixed) of a set with a `language` column. */
function byVariety(rows: Array<Record<string, string>>, language: 'en' | 'sw'): string {
  const varieties = [...new Set(rows.map((r) => r.language!))].sort();
  return varieties
    .map((v) => {
      const of = rows.filter((r) => r.language === v);
      const right = of.filter((r) => lexiconEmotion(r.text!, language).label === r.label).length;
      return `${v} ${pct(right / of.length)} (${right}/${of.length})`;
    })
    .join(', ');
}

function sign(name: string, rows: Array<{ text: string; label: string }>, language: 'en' | 'sw', note: string): void {
  const polar = rows.filter((r) => r.label === 'positive' || r.label === 'negative');
  let right = 0;
  let zero = 0;
  for (const r of polar) {
    const v = lexiconEmotion(r.text, language).valence;
    if (v === 0) zero++;
    else if (v > 0 === (r.label === 'positive')) right++;
  }
  const acc = right / polar.length;
  const pos = polar.filter((r) => r.label === 'positive').length;
  console.log(`\nValence sign, ${name} (n=${polar.length}: ${pos} positive, ${polar.length - pos} negative; ${note})`);
  console.log(
    `  sign right ${pct(acc)} (valence 0 counts as wrong)  goal ≥ ${GOALS.sign}  ${verdict(acc, GOALS.sign)}`,
  );
  const nz = polar.length - zero;
  console.log(`  no cue (valence 0): ${zero}; sign right where a cue was found: ${pct(right / nz)} (n=${nz})`);
  console.log(
    `  ${coverage(
      polar.map((r) => r.text),
      language,
    )}`,
  );
}

function cpu(texts: string[]): void {
  for (const t of texts) lexiconEmotion(t, 'auto'); // warm-up: JIT and lexicon maps
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < 5; round++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      lexiconEmotion(t, 'auto');
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  const used = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const mean = (used.user + used.system) / times.length;
  const p99 = times[Math.floor(times.length * 0.99)]!;
  const words = texts.reduce((s, t) => s + t.split(/\s+/).length, 0) / texts.length;
  console.log(`\nCPU per text over ${texts.length} texts × 5 (mean ${words.toFixed(1)} words, 'auto' language):`);
  console.log(`  mean ${mean.toFixed(1)} µs (process CPU time), p99 ${p99.toFixed(1)} µs (per-call wall time)`);
  const hundred = Array.from({ length: 100 }, (_, k) => texts[k % texts.length]!.split(/\s+/)[0]).join(' ');
  const t0 = process.cpuUsage();
  for (let k = 0; k < 1000; k++) lexiconEmotion(hundred, 'auto');
  const spent = process.cpuUsage(t0);
  const per = (spent.user + spent.system) / 1000;
  console.log(
    `  100-word text: ${per.toFixed(1)} µs CPU; goal well under ${GOALS.cpuMs} ms  ${verdict(-per, -GOALS.cpuMs * 1000)}`,
  );
}

const xed = readTextSet('en_text_xed/xed_dev7.csv').map((r) => ({ ...r, text: r.text! }));
const emobank = readTextSet('en_valence_emobank/emobank_dev_valence.csv').map((r) => ({
  text: r.text!,
  label: r.label!,
}));
// Evaluation only, whole file: translated from the held-out half of xed_dev7.csv; never split, never tuned on.
const xedSw = readTextSet('sw_text_xed_translated/xed_sw.csv');
// Development: translated from the dev half of xed_dev7.csv (isDev true); read whole, tuning allowed.
const xedSwDev = readTextSet('sw_text_xed_translated/xed_sw_dev.csv');
const afrisenti = readTextSet('sw_sentiment_afrisenti/afrisenti_sw_dev3.csv').map((r) => ({
  text: r.text!,
  label: r.label!,
}));

console.log(
  `Lexicon text emotion: held-out halves (seeded hash split, seed ${SPLIT_SEED}); chosen without them (text-lexicon/cv.ts).`,
);
for (const [half, dev] of showDev
  ? ([
      ['dev', true],
      ['held-out', false],
    ] as const)
  : ([['held-out', false]] as const)) {
  console.log(`\n===== ${half} =====`);
  if (dev) console.log("(dev lines are in the learned lists' training data: these dev figures are optimistic)");
  categories(`English 7-way categories, XED ${half}`, split(xed, dev), 'en');
  if (dev)
    console.log(
      '\nSwahili/Sheng 7-way categories: see the held-out section (development set, then evaluation-only set).',
    );
  else {
    categories(
      'Swahili/Sheng 7-way categories, XED translated, DEVELOPMENT set (development: tuning allowed; all lines)',
      xedSwDev,
      'sw',
      [
        'own translations (AI assistant, not checked by a native speaker) of dev-half XED lines (PROVENANCE.md)',
        `by variety: ${byVariety(xedSwDev, 'sw')}`,
      ],
    );
    if (skipSwEval) console.log('\nSwahili/Sheng evaluation-only figure skipped (RESONA_SKIP_SW_EVAL=1).');
    else
      categories(
        'Swahili/Sheng 7-way categories, XED translated (EVALUATION ONLY: never used for tuning; all lines)',
        xedSw,
        'sw',
        [
          'own translations (by an AI assistant, not checked by a native speaker) of held-out English XED film lines, not',
          "  native check-ins (data/text/sw_text_xed_translated/PROVENANCE.md); scored with language 'sw'",
          `by variety: ${byVariety(xedSw, 'sw')}`,
          parity(xedSw),
        ],
      );
  }
  const emoNote = 'clearly: V ≤ 2.6 negative, V ≥ 3.4 positive on the 1–5 scale, neutral band excluded';
  sign(`EmoBank ${half}`, split(emobank, dev), 'en', emoNote);
  sign(`AfriSenti Swahili ${half}`, split(afrisenti, dev), 'sw', 'neutral tweets excluded');
}
// Real Kenyan answers to a health survey (data/risk/KENYA.md), each valence labelled by one AI annotator. The dev half was
// read while writing Swahili negation rules (2026-12-03), so the held-out half is the figure; its answers are counted
// here, never read. `near_dev` answers (mostly the same words as a dev answer) are shown apart.
const kenyaRows = (half: string) =>
  readJsonl<{ text: string; valence: string; near_dev?: boolean }>(`bench/eval/data/risk/kenya-${half}.jsonl`);
const asSign = (rows: Array<{ text: string; valence: string }>) =>
  rows.map((r) => ({ text: r.text, label: r.valence }));
sign(
  'real Kenyan survey answers, dev half (read)',
  asSign(kenyaRows('dev')),
  'sw',
  "annotator's positive/negative, neutral left out",
);
const kenyaHeld = kenyaRows('heldout');
sign('real Kenyan survey answers, HELD-OUT half', asSign(kenyaHeld), 'sw', 'never read, never trained on');
sign(
  'the same without near_dev answers',
  asSign(kenyaHeld.filter((r) => !r.near_dev)),
  'sw',
  'no near-copy of a dev answer',
);
const swDetected = afrisenti.filter((r) => lexiconEmotion(r.text, 'auto').language === 'sw').length;
const enDetected = xed.filter((r) => lexiconEmotion(r.text, 'auto').language === 'en').length;
const swXedDetected = xedSw.filter((r) => lexiconEmotion(r.text!, 'auto').language === 'sw').length;
const swDevDetected = xedSwDev.filter((r) => lexiconEmotion(r.text!, 'auto').language === 'sw').length;
console.log(
  `\nLanguage detection: AfriSenti → 'sw' ${swDetected}/${afrisenti.length}; XED → 'en' ${enDetected}/${xed.length}; ` +
    `XED translated → 'sw' ${swXedDetected}/${xedSw.length} (evaluation), ${swDevDetected}/${xedSwDev.length} (development)`,
);
cpu([...xed, ...emobank, ...afrisenti].map((r) => r.text));
