import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { combine, RISK_LEVELS as LEVELS, type RiskLevel } from '../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../processors/risk/language/index.js';
import { readJsonl } from './jsonl.js';
import { evalCheckContext } from './risk-check-context.js';
import { evalRiskProbes } from './risk-probes.js';
import { evalRiskSpeechForm } from './risk-speech-form.js';

// Issue 11, measured: the crisis-language layer alone (no voice, emotion or provider) on the development set in
// data/risk/dev.jsonl (real first-person texts; provenance and licences beside it). Reserved sets (Gaur et al. 2019
// Reddit C-SSRS, GoEmotions, BRIGHTER / SemEval-2025 task 11) are not in it. Goals: recall of current ideation at
// ≥ medium ≥ 0.9 per language group; plan and behaviour at ≥ high ≥ 0.85; texts without ideation at ≥ medium ≤ 0.10;
// third-party and past at ≥ high ≤ 0.10; mean level rising with tier; ≤ 5 ms CPU per text.

interface Item {
  id: string;
  text: string;
  language: 'en' | 'sw' | 'sheng' | 'mixed';
  tier: 'none' | 'passive' | 'active' | 'plan' | 'behaviour';
  kind: string;
  source: string;
  /** A held-out Kenyan answer whose words mostly recur in a dev answer (KENYA.md). */
  near_dev?: boolean;
}

/** Each set, and what it may still show: a set whose misses were read to write rules no longer measures them. */
const SETS: ReadonlyArray<[file: string, what: string]> = [
  ['bench/eval/data/risk/dev.jsonl', 'development set, in-sample: the rules were written reading its misses'],
  [
    'bench/eval/data/risk/heldout.jsonl',
    'first held-out set, measured, then consulted (its misses read) on 2026-12-01',
  ],
  ['bench/eval/data/risk/heldout2.jsonl', 'second held-out set, measured once, then consulted on 2026-12-01'],
  ['bench/eval/data/risk/dev2.jsonl', 'second development set (2026-12-01), read while writing rules'],
  ['bench/eval/data/risk/heldout3.jsonl', 'third held-out set: never read, scored three times (RULES.md)'],
  ['bench/eval/data/risk/train2.jsonl', 'training set for the learned layer (2026-12-01), another source'],
  [
    'bench/eval/data/risk/heldout4.jsonl',
    'fourth held-out set: never read; consulted through ids and codes on 2026-12-01',
  ],
  ['bench/eval/data/risk/train3.jsonl', 'third training set (2026-12-01): real first-person posts, hard exceptions'],
  ['bench/eval/data/risk/train4.jsonl', 'fourth training set (2026-12-01): implicit ideation, not fitted on yet'],
  ['bench/eval/data/risk/train5.jsonl', 'fifth training set (2026-12-01): recovery stories and awareness talk, read'],
  ['bench/eval/data/risk/train6.jsonl', 'sixth training set (2026-12-01): the last even rows, built blind, then read'],
  ['bench/eval/data/risk/heldout5.jsonl', 'fifth held-out set: never read, same source as train3 (odd rows only)'],
  [
    'bench/eval/data/risk/heldout6.jsonl',
    'sixth held-out set (2026-12-01): built blind from the last odd rows, never read',
  ],
  ['bench/eval/data/risk/kenya-dev.jsonl', 'real Kenyan survey answers (KENYA.md), dev half: fitted on (the check)'],
  [
    'bench/eval/data/risk/kenya-heldout.jsonl',
    'real Kenyan survey answers, held-out half: never read; counted once before the check, once after',
  ],
];
/** Methods were masked when the sets were built: ideation carried only by its method is out of any rule's sight. */
const MASKED = /\[method\]/u;
const at = (l: RiskLevel, min: RiskLevel) => LEVELS.indexOf(l) >= LEVELS.indexOf(min);
const pct = (k: number, n: number) => (n ? `${(k / n).toFixed(2)} (${k}/${n})` : 'n/a (0)');
const mark = (ok: boolean) => (ok ? 'PASS' : 'MISSED');

export function evalRiskLanguage(
  say: (line: string) => void = console.log,
  verbose = process.argv.includes('--misses'),
): void {
  const [first, ...rest] = SETS;
  const items = score(first![0], first![1], say, verbose);
  for (const [file, what] of rest) if (existsSync(file)) score(file, what, say, false);
  evalRiskProbes(say);
  evalRiskSpeechForm(say);
  evalCheckContext(say);
  cost(items, say);
}

function score(file: string, what: string, say: (line: string) => void, verbose: boolean): Item[] {
  const items = readJsonl<Item>(file);
  const scored = items.map((it) => ({ it, r: combine(crisisLanguageFactors(it.text)) }));
  say(`\n[risk language] ${items.length} texts (${file}; ${what}), the language layer alone`);
  const groups: Array<[string, (i: Item) => boolean]> = [
    ['English', (i) => i.language === 'en'],
    ['Swahili/Sheng/mixed', (i) => i.language !== 'en'],
  ];
  for (const [name, inGroup] of groups) {
    const g = scored.filter((s) => inGroup(s.it));
    const current = g.filter((s) => s.it.tier !== 'none');
    const severe = current.filter((s) => s.it.tier === 'plan' || s.it.tier === 'behaviour');
    const without = g.filter((s) => s.it.tier === 'none');
    const otherOrPast = without.filter((s) => s.it.kind === 'third_party' || s.it.kind === 'past');
    const rec = current.filter((s) => at(s.r.level, 'medium')).length;
    const sev = severe.filter((s) => at(s.r.level, 'high')).length;
    const fa = without.filter((s) => at(s.r.level, 'medium')).length;
    const fah = otherOrPast.filter((s) => at(s.r.level, 'high')).length;
    say(`  ${name}: ${g.length} texts`);
    say(
      `    current ideation at ≥ medium: ${pct(rec, current.length)} (goal ≥ 0.9: ${mark(rec >= 0.9 * current.length)})`,
    );
    say(
      `    plan and behaviour at ≥ high: ${pct(sev, severe.length)} (goal ≥ 0.85: ${mark(sev >= 0.85 * severe.length)})`,
    );
    say(
      `    without ideation at ≥ medium: ${pct(fa, without.length)} (goal ≤ 0.10: ${mark(fa <= 0.1 * without.length)})`,
    );
    say(
      `    third-party and past at ≥ high: ${pct(fah, otherOrPast.length)} (goal ≤ 0.10: ${mark(fah <= 0.1 * otherOrPast.length)})`,
    );
    const masked = current.filter((s) => MASKED.test(s.it.text));
    if (masked.length)
      say(
        `    of the current ideation, ${masked.length} carried by a masked method ("[method]"), found at ≥ medium: ${masked.filter((s) => at(s.r.level, 'medium')).length}`,
      );
    const apart = without.filter((s) => !s.it.near_dev);
    if (apart.length < without.length)
      say(
        `    without ideation at ≥ medium, near-copies of dev answers left out: ${pct(apart.filter((s) => at(s.r.level, 'medium')).length, apart.length)}`,
      );
    const kinds = [...new Set(without.map((s) => s.it.kind))].sort();
    say(
      `    false alarms by kind: ${kinds
        .map((k) => {
          const ks = without.filter((s) => s.it.kind === k);
          return `${k} ${ks.filter((s) => at(s.r.level, 'medium')).length}/${ks.length}`;
        })
        .join(', ')}`,
    );
    const tiers = ['none', 'passive', 'active', 'plan', 'behaviour'] as const;
    const means = tiers.map((t) => {
      const ts = g.filter((s) => s.it.tier === t);
      return ts.length ? ts.reduce((a, s) => a + LEVELS.indexOf(s.r.level), 0) / ts.length : NaN;
    });
    say(
      `    mean level (low 0 … critical 3) by tier: ${tiers.map((t, k) => `${t} ${Number.isNaN(means[k]!) ? '–' : means[k]!.toFixed(2)}`).join(', ')}`,
    );
    if (verbose)
      for (const s of g) {
        const miss =
          (s.it.tier !== 'none' && !at(s.r.level, 'medium')) || (s.it.tier === 'none' && at(s.r.level, 'medium'));
        if (miss) say(`      ${s.it.id} [${s.it.tier}/${s.it.kind}] → ${s.r.level}/${s.r.tier}: ${s.it.text}`);
      }
  }
  return items;
}

function cost(items: Item[], say: (line: string) => void): void {
  for (let i = 0; i < 3; i++) for (const it of items) combine(crisisLanguageFactors(it.text)); // warm the JIT
  const rounds = Math.max(1, Math.ceil(20_000 / items.length));
  const c0 = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const it of items) combine(crisisLanguageFactors(it.text));
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000 / (rounds * items.length);
  const c1 = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const it of items) it.text.toLowerCase().split(/\s+/u);
  const base = (process.cpuUsage(c1).user + process.cpuUsage(c1).system) / 1000 / (rounds * items.length);
  say(
    `  cost: ${(ms * 1000).toFixed(0)} µs CPU per text (goal ≤ 5 ms: ${mark(ms <= 5)}); baseline (lower-case and split the same text) ${(base * 1000).toFixed(1)} µs; ratio ${(ms / base).toFixed(0)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) evalRiskLanguage();
