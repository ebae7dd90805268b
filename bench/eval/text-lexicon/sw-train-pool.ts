import { writeFileSync } from 'node:fs';
import { fnv1a } from '../text-sets.js';
import { evalHalves, norm, xedLines, CATS } from './sources.js';

// Chooses the English XED lines that were translated into Swahili, Sheng and mixed speech to train the Swahili
// category classifier (bench/eval/data/text/sw_text_xed_train/PROVENANCE.md), none of them a line of xed_dev7.csv
// (neither half), so none is a source of the translated development or evaluation sets. Per class: the first
// ANNOTATED lines of the annotated file by a seeded hash, then up to TOTAL with the rest of it and XED's projections.
// A chosen line is then dropped from training (printed by --dropped) when it is a near-copy of an xed_dev7 line (the
// same subtitle with digits, names, sound tags or a speaker label) or its English also stands under another class.
// Run: npx tsx bench/eval/text-lexicon/sw-train-pool.ts OUT.tsv [--dropped DROPPED.txt]   (needs the XED snapshot)

export const ANNOTATED = 900;
export const TOTAL = 1300;
const SEED = 20261202;

/** A quarter Sheng or mixed, by the hash as the evaluation set chose them. */
const variety = (h: number) => ((h >> 16) % 100 >= 25 ? 'sw' : (h >> 20) % 2 ? 'sheng' : 'mixed');

const { dev, heldOut } = evalHalves('xed');
const skip = new Set([...dev, ...heldOut].map((r) => norm(r.text!)));
type Line = { t: string; where: string; h: number };
/** Lines of class c, 4 to 25 words, each text once, in hash order. */
function ordered(source: ReturnType<typeof xedLines>, c: number, seen: Set<string>): Line[] {
  return (
    source.docs
      .map(([t, k], i) => ({ t, k, where: source.at[i]! }))
      .filter(({ t, k }) => k === c && t.split(/\s+/).length >= 4 && t.split(/\s+/).length <= 25)
      // Some projection lines are alignment records (file paths, another language's text), not subtitles.
      .filter(({ t }) => !/\.xml\.gz|\d{4}\/\d+/.test(t))
      .filter(({ t }) => !seen.has(norm(t)) && seen.add(norm(t)))
      .map(({ t, where }) => ({ t, where, h: fnv1a(t, SEED) }))
      .sort((a, b) => a.h - b.h || a.t.localeCompare(b.t))
  );
}

const annotated = xedLines(skip);
const withProjections = xedLines(skip, { projections: true });
const rows: string[] = [];
for (let c = 0; c < CATS.length; c++) {
  const first = ordered(annotated, c, new Set()).slice(0, ANNOTATED);
  const taken = new Set(first.map((l) => norm(l.t)));
  const rest = ordered(withProjections, c, taken).slice(0, TOTAL - first.length);
  for (const { t, h, where } of [...first, ...rest])
    rows.push([`x${c}${String(rows.length).padStart(5, '0')}`, CATS[c], variety(h), t, where].join('\t'));
}
writeFileSync(process.argv[2] ?? '/dev/stdout', rows.join('\n') + '\n');

/** Letters only, without XED's masks, sound tags in brackets, music marks and a leading speaker label. */
const loose = (t: string) =>
  t
    .replace(/\[(PERSON|LOCATION)\]/gu, ' ')
    .replace(/[([][^)\]]*[)\]]/gu, ' ')
    .replace(/^\s*[-\p{Lu} ]{2,}:/u, ' ')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
const devLines = [...dev, ...heldOut].map((r) => loose(r.text!)).filter((t) => t.length > 0);
/** Equal, or one holds the other and both have 12 letters or more (shorter lines are too common to mean a copy). */
const nearCopy = (t: string) =>
  devLines.some((d) => d === t || (Math.min(d.length, t.length) >= 12 && (d.includes(t) || t.includes(d))));
const classesOf = new Map<string, Set<string>>();
for (const r of rows) {
  const [, cat, , text] = r.split('\t');
  const k = loose(text!);
  classesOf.set(k, (classesOf.get(k) ?? new Set()).add(cat!));
}
const dropped = rows.flatMap((r) => {
  const [, , , text, where] = r.split('\t');
  const k = loose(text!);
  if (nearCopy(k)) return [`${where}\tnear-copy of an xed_dev7 line`];
  if (classesOf.get(k)!.size > 1) return [`${where}\tthe same English under another class`];
  return [];
});
const at = process.argv.indexOf('--dropped');
if (at > 0) writeFileSync(process.argv[at + 1]!, dropped.join('\n') + '\n');
console.error(
  `${rows.length} lines (${ANNOTATED} then up to ${TOTAL} per class); ${skip.size} xed_dev7 lines excluded; ` +
    `${dropped.length} dropped from training`,
);
