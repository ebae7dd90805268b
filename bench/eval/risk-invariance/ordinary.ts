// The other side of the invariance sweep (a review's, 2026-12-02): applies every transform to every labelled text
// WITHOUT current ideation of the readable sets and counts those raised to medium or more by the form alone.
// Usage: npx tsx bench/eval/risk-invariance/ordinary.ts [filter-substring]   (report in the temp folder)
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RiskLevel } from '../../../processors/risk/combine.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
import { readJsonl } from '../jsonl.js';
import { levelOf, rankOf, rng } from './corpus.js';
import { TRANSFORMS } from './transforms.js';

const DATA = join(import.meta.dirname, '..', 'data', 'risk');
// The readable sets only: no held-out set from the third on, no probe or red-team set, no Kenyan held-out half.
const READABLE = ['dev', 'dev2', 'heldout', 'heldout2', 'train2', 'train3', 'train4', 'train5', 'train6', 'kenya-dev'];
const files = [...READABLE.map((f) => `${f}.jsonl`), ...readdirSync(DATA).filter((f) => /^train-.*\.jsonl$/u.test(f))];

interface Labelled {
  text?: unknown;
  tier?: string;
  min?: string;
  max?: string;
}
const seen = new Set<string>();
const items: Array<{ text: string; file: string }> = [];
for (const f of files)
  for (const r of readJsonl<Labelled>(join(DATA, f))) {
    const ordinary = r.tier === 'none' || (r.tier === undefined && r.max === 'low' && r.min === undefined);
    if (typeof r.text !== 'string' || !ordinary || seen.has(r.text)) continue;
    seen.add(r.text);
    items.push({ text: r.text, file: f });
  }

const filter = process.argv[2];
const before = new Map(items.map((it) => [it.text, levelOf(it.text)]));
console.log(`${items.length} ordinary texts of the readable sets`);
const report = [];
for (const tr of TRANSFORMS.filter((t) => !filter || t.name.includes(filter))) {
  const r = rng(12345);
  let tried = 0;
  const raised: Array<{
    file: string;
    before: string;
    after: string;
    from: RiskLevel;
    to: RiskLevel;
    codes: string[];
  }> = [];
  for (const it of items) {
    const after = tr.fn(it.text, r);
    if (after === it.text) continue;
    tried++;
    const [from, to] = [before.get(it.text)!, levelOf(after)];
    if (rankOf(to) <= rankOf(from) || rankOf(to) < rankOf('medium')) continue;
    const codes = crisisLanguageFactors(after)
      .filter((f) => f.weight > 0)
      .map((f) => f.code);
    raised.push({ file: it.file, before: it.text, after, from, to, codes });
  }
  const high = raised.filter((x) => rankOf(x.to) >= rankOf('high')).length;
  const tally: Record<string, number> = {};
  for (const x of raised) for (const c of new Set(x.codes)) tally[c] = (tally[c] ?? 0) + 1;
  console.log(
    `${raised.length ? 'RAISE' : 'ok   '} ${tr.group.padEnd(8)} ${tr.name.padEnd(52)} ${raised.length}/${tried} ` +
      `(≥ high ${high}) ${JSON.stringify(tally)}`,
  );
  report.push({ name: tr.name, group: tr.group, tried, raised: raised.length, high, examples: raised.slice(0, 5) });
}
const out = join(tmpdir(), 'resona-risk-invariance');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, `ordinary${filter ? `-${filter.replace(/\W+/gu, '_')}` : ''}.json`),
  JSON.stringify(report, null, 1),
);
