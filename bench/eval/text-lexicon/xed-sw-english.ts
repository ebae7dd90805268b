import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvObjects } from '../text-sets.js';
import { norm, show } from './sources.js';

// Adds to the translated evaluation set (xed_sw.csv) the `english` column: each line's English original as it stands
// in xed_dev7.csv, found through its XED source line. emotion-text.ts scores those originals with the English scorer,
// the parity a Swahili figure on the same lines can be judged against. The Swahili lines are not read or changed.
// Run: npx tsx bench/eval/text-lexicon/xed-sw-english.ts   (needs the XED snapshot under /work/.mirror, or MIRROR=<dir>)

const data = path.join(path.dirname(fileURLToPath(import.meta.url)), '../data/text');
const file = path.join(data, 'sw_text_xed_translated/xed_sw.csv');
const lines = new Map<string, string[]>();
const xedLine = (where: string): string => {
  const [f, n] = where.split(':');
  if (!lines.has(f!)) lines.set(f!, show('xed', f!).split('\n'));
  const raw = lines.get(f!)![Number(n) - 1]!;
  // en-annotated.tsv: text TAB labels; neu_en.txt: label TAB text.
  return f!.endsWith('.tsv') ? raw.split('\t')[0]! : raw.split('\t').slice(1).join('\t');
};
const dev7 = new Map(
  csvObjects(readFileSync(path.join(data, 'en_text_xed/xed_dev7.csv'), 'utf8')).map((r) => [norm(r.text!), r.text!]),
);
const rows = csvObjects(readFileSync(file, 'utf8'));
const quote = (v: string) => (/[",\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
const out = rows.map((r) => {
  const english = dev7.get(norm(xedLine(r.source_line!)));
  if (english === undefined) throw new Error(`${r.source_line}: no xed_dev7 line`);
  return [r.text!, r.label!, r.language!, r.source_line!, english].map(quote).join(',');
});
writeFileSync(file, ['text,label,language,source_line,english', ...out].join('\n') + '\n');
console.log(`${rows.length} lines: english column written from xed_dev7.csv`);
