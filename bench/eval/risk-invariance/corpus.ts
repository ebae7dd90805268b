// The crisis texts of the invariance sweep (run.ts): the labelled crises of the readable sets and fixtures, with their level.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { combine, RISK_LEVELS, type RiskLevel } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, 'bench/eval/data/risk');
const FIX = join(ROOT, 'test/fixtures/risk');

// Only the sets the brief allows (no heldout3-6, kenya-heldout, probes7/9/11-18, redteam files of bench/).
const DATA_FILES = [
  'dev',
  'dev2',
  'heldout',
  'heldout2',
  'train2',
  'train3',
  'train4',
  'train5',
  'train6',
  'probes',
  'probes2',
  'probes3',
  'probes4',
  'probes5',
  'probes6',
  'probes8',
  'probes10',
];
const FIXTURES = [
  'redteam.jsonl',
  'redteam11-everyday-dying.jsonl',
  'redteam12-health-talk.jsonl',
  'redteam8-crises.jsonl',
  'review5.jsonl',
];
const CRISIS_TIERS = new Set(['passive', 'active', 'plan', 'behaviour']);

export const levelOf = (text: string): RiskLevel => combine(crisisLanguageFactors(text)).level;
export const rankOf = (l: RiskLevel) => RISK_LEVELS.indexOf(l);

export interface Item {
  text: string;
  source: string;
  level: RiskLevel;
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Crisis texts (labelled crisis, or meant to reach at least medium) that now score medium or more. */
export function crisisCorpus(): Item[] {
  const out: Item[] = [];
  const seen = new Set<string>();
  const add = (text: unknown, source: string) => {
    if (typeof text !== 'string' || seen.has(text)) return;
    seen.add(text);
    const level = levelOf(text);
    if (rankOf(level) >= rankOf('medium')) out.push({ text, source, level });
  };
  for (const f of DATA_FILES)
    for (const r of readJsonl(join(DATA, `${f}.jsonl`))) {
      const crisis =
        (typeof r.tier === 'string' && CRISIS_TIERS.has(r.tier)) ||
        (typeof r.min === 'string' && r.min !== 'low' && r.min !== 'none');
      if (crisis) add(r.text, f);
    }
  for (const f of FIXTURES)
    for (const r of readJsonl(join(FIX, f))) if (typeof r.atLeast === 'string' && r.atLeast !== 'low') add(r.text, f);
  return out;
}

/** A small deterministic generator (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
