import { writeFileSync } from 'node:fs';
import { evalHalves, norm, xedLines, CATS } from './sources.js';

// Chooses the English XED lines that were translated into Swahili, Sheng and mixed speech to train the Swahili
// category classifier (bench/eval/data/text/sw_text_xed_train/PROVENANCE.md): 200 per class, none of them a line of
// xed_dev7.csv (neither half), so none is a source of the translated development or evaluation sets.
// Run: npx tsx bench/eval/text-lexicon/sw-train-pool.ts OUT.tsv   (needs the XED snapshot under /work/.mirror)

export const PER_CLASS = 900;
const SEED = 20261202;

function fnv(text: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A quarter Sheng or mixed, by the hash as the evaluation set chose them. */
const variety = (h: number) => ((h >> 16) % 100 >= 25 ? 'sw' : (h >> 20) % 2 ? 'sheng' : 'mixed');

const { dev, heldOut } = evalHalves('xed');
const skip = new Set([...dev, ...heldOut].map((r) => norm(r.text!)));
const { docs, at } = xedLines(skip);
const seen = new Set<string>();
const rows: string[] = [];
for (let c = 0; c < CATS.length; c++) {
  const pool = docs
    .map(([t, k], i) => ({ t, k, where: at[i]! }))
    .filter(({ t, k }) => k === c && t.split(/\s+/).length >= 4 && t.split(/\s+/).length <= 25)
    .filter(({ t }) => !seen.has(norm(t)) && seen.add(norm(t)))
    .map(({ t, where }) => ({ t, where, h: fnv(t) }))
    .sort((a, b) => a.h - b.h || a.t.localeCompare(b.t))
    .slice(0, PER_CLASS);
  for (const { t, h, where } of pool)
    rows.push([`x${c}${String(rows.length).padStart(4, '0')}`, CATS[c], variety(h), t, where].join('\t'));
}
writeFileSync(process.argv[2] ?? '/dev/stdout', rows.join('\n') + '\n');
console.error(`${rows.length} lines, ${PER_CLASS} per class; ${skip.size} xed_dev7 lines excluded`);
