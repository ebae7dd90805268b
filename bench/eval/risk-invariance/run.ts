// The invariance sweep (a review's, 2026-12-02): applies every transform to every crisis text, records each that falls.
// Usage: npx tsx bench/eval/risk-invariance/run.ts [filter-substring] [--pad]   (reports in the temp folder)
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crisisCorpus, levelOf, rankOf, rng } from './corpus.js';
import { crisisLanguageFactors } from '../../../processors/risk/language/index.js';
const top = (t: string) => {
  const f = crisisLanguageFactors(t);
  return f.length ? f.reduce((a, b) => (b.weight > a.weight ? b : a)).code : 'none';
};
import { PAD_TRANSFORMS, TRANSFORMS } from './transforms.js';

const args = process.argv.slice(2);
const pad = args.includes('--pad');
const filter = args.find((a) => !a.startsWith('--'));
const corpus = crisisCorpus();
const transforms = (pad ? PAD_TRANSFORMS : TRANSFORMS).filter((t) => !filter || t.name.includes(filter));
const items = pad ? corpus.filter((_, i) => i % 5 === 0) : corpus;

interface Drop {
  source: string;
  before: string;
  after: string;
  from: string;
  to: string;
  lost: string;
  now: string;
}
const report: Array<{
  name: string;
  group: string;
  tried: number;
  lowered: number;
  raised: number;
  drops: Drop[];
  maxMs: number;
}> = [];
for (const tr of transforms) {
  const r = rng(12345);
  let tried = 0;
  let raised = 0;
  let maxMs = 0;
  const drops: Drop[] = [];
  for (const it of items) {
    const t2 = tr.fn(it.text, r);
    if (t2 === it.text) continue;
    tried++;
    const t0 = performance.now();
    const l2 = levelOf(t2);
    maxMs = Math.max(maxMs, performance.now() - t0);
    if (rankOf(l2) < rankOf(it.level))
      drops.push({
        source: it.source,
        before: it.text,
        after: t2.length > 400 ? `${t2.slice(0, 200)}…(${t2.length})` : t2,
        from: it.level,
        to: l2,
        lost: top(it.text),
        now: top(t2),
      });
    else if (rankOf(l2) > rankOf(it.level)) raised++;
  }
  const learned = drops.filter((d) => d.lost.startsWith('learned_')).length;
  report.push({
    name: tr.name,
    group: tr.group,
    tried,
    lowered: drops.length,
    raised,
    drops,
    maxMs: Math.round(maxMs),
  });
  console.log(
    `${drops.length ? 'LOWER' : 'ok   '} ${tr.group.padEnd(8)} ${tr.name.padEnd(45)} ${drops.length}/${tried}  (rule ${drops.length - learned}, learned ${learned}; raised ${raised}, max ${Math.round(maxMs)} ms)`,
  );
}
const out = join(tmpdir(), 'resona-risk-invariance');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, `report${pad ? '-pad' : ''}${filter ? `-${filter.replace(/\W+/g, '_')}` : ''}.json`),
  JSON.stringify(report, null, 1),
);
