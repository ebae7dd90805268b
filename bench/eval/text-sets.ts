import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The text development sets (bench/eval/data/text/) and their one split, shared by the eval, the lexicon build and
// the tuning so that all three agree on which lines are held out.

export const TEXT_DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data/text');
export const SPLIT_SEED = 20240611;

/** RFC 4180 CSV (quoted fields, doubled quotes), header row → objects. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k] ?? ''])));
}

/** A set's file under bench/eval/data/text/, as objects. */
export const readTextSet = (file: string) => csvObjects(readFileSync(path.join(TEXT_DATA, file), 'utf8'));

/** 32-bit FNV-1a over the text's UTF-16 code units, its offset basis XORed with a seed. */
export function fnv1a(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A fixed, order-independent split by the seeded hash; true = development half. */
export const isDev = (text: string): boolean => fnv1a(text, SPLIT_SEED) % 2 === 0;
