import { fileURLToPath } from 'node:url';
import { BASELINE_FEATURE_KEYS } from '../../lib/baseline/features.js';
import { DEVIATION_Z, median, MAD_TO_SD } from '../../lib/baseline/stats.js';
import { deviationScore } from '../../processors/baseline/assess.js';

// How far a young baseline's robust z can be trusted (BASELINE.md, "A young baseline"): a person whose measures do not
// change at all, only vary as normal noise from session to session, compared with n earlier sessions by
// z = (x − median) / (1.4826·MAD) as DESIGN §9 fixes it. Prints, per n, the share of features named (|z| ≥ 2, about 5 %
// if z were normal), |z|'s 95th percentile (1.96 if normal), the deviation_score of such an unchanged session and how
// often it reaches 2, where the risk stage's small baseline boost begins (processors/risk/modifiers.ts).
// Seeded, so a rerun prints the same figures. Run: npx tsx bench/eval/baseline-young.ts

const SESSIONS_TRIED = 20_000;
const WINDOWS = [5, 6, 8, 10, 15, 20];

/** A seeded uniform in (0, 1) (mulberry32). */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
}

/** Standard normal by Box–Muller. */
const normal = (u: () => number) => () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

export function youngBaseline(say: (line: string) => void = console.log): void {
  const draw = normal(uniform(20261202));
  const features = BASELINE_FEATURE_KEYS.length;
  say(`\n[baseline, young] an unchanged voice (normal noise, ${features} features), ${SESSIONS_TRIED} sessions per n`);
  say('  n earlier   named |z| ≥ 2   |z| 95th pct   deviation_score median / 95th pct   score ≥ 2 (risk boost)');
  for (const n of WINDOWS) {
    const absZ: number[] = [];
    const scores: number[] = [];
    for (let k = 0; k < SESSIONS_TRIED; k++) {
      const zs = Array.from({ length: features }, () => {
        const earlier = Array.from({ length: n }, draw);
        const m = median(earlier);
        const spread = MAD_TO_SD * median(earlier.map((x) => Math.abs(x - m)));
        return (draw() - m) / spread;
      });
      absZ.push(...zs.map(Math.abs));
      scores.push(deviationScore(zs));
    }
    const named = absZ.filter((z) => z >= DEVIATION_Z).length / absZ.length;
    say(
      `  ${String(n).padStart(9)}   ${(100 * named).toFixed(1).padStart(11)} %   ${quantile(absZ, 0.95).toFixed(2).padStart(12)}` +
        `   ${quantile(scores, 0.5).toFixed(2).padStart(6)} / ${quantile(scores, 0.95).toFixed(2)}` +
        `   ${((100 * scores.filter((x) => x >= 2).length) / scores.length).toFixed(1).padStart(20)} %`,
    );
  }
  say('  (a normal z would name 4.6 % of features, with a 95th percentile of 1.96)');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) youngBaseline();
