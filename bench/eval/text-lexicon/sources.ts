import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN_REASSURANCE } from '../../../processors/emotion/text/lexicons/en.js';
import { SW_REASSURANCE } from '../../../processors/emotion/text/lexicons/sw.js';
import { STOP_WORDS as STOP } from '../../../processors/emotion/text/classifier.js';
import { tokenise } from '../../../processors/emotion/text/tokens.js';
import { csvObjects, isDev } from '../text-sets.js';

// The training corpora of the learned lists, read from pinned git snapshots, with evaluation lines left out. Shared
// by build.ts (the shipped lists) and cv.ts (cross-validation on the development halves) so both see the same lines.

const evalData = path.join(path.dirname(fileURLToPath(import.meta.url)), '../data/text');
const MIRROR = process.env.MIRROR ?? '/work/.mirror';

export const SOURCES = {
  xed: { repo: 'Helsinki-NLP/XED', dir: 'Helsinki-NLP+XED', commit: '76666d251f147cf518071bef4f8415dab6b96115' },
  emobank: { repo: 'JULIELab/EmoBank', dir: 'JULIELab+EmoBank', commit: '248ce2a43e165a66d31aeaed83cff9641d6654e0' },
  afrisenti: {
    repo: 'afrisenti-semeval/afrisent-semeval-2023',
    dir: 'afrisenti-semeval+afrisent-semeval-2023',
    commit: '5aec3cfcf87b59f885e98641f72e52182776429d',
  },
} as const;

export const EVAL_FILES = {
  xed: 'en_text_xed/xed_dev7.csv',
  emobank: 'en_valence_emobank/emobank_dev_valence.csv',
  afrisenti: 'sw_sentiment_afrisenti/afrisenti_sw_dev3.csv',
} as const;

/** A file of a source's pinned commit, from its git snapshot under MIRROR. */
export function show(src: keyof typeof SOURCES, file: string): string {
  const s = SOURCES[src];
  const gitDir = path.join(MIRROR, s.dir, 'repo');
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${file}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

/** Letters and digits only, lowercased: survives tokenisation and detokenisation differences. */
export const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** An evaluation set's rows, split into its development and held-out halves (the eval's seeded hash). */
export function evalHalves(set: keyof typeof EVAL_FILES) {
  const rows = csvObjects(readFileSync(path.join(evalData, EVAL_FILES[set]), 'utf8'));
  return { dev: rows.filter((r) => isDev(r.text!)), heldOut: rows.filter((r) => !isDev(r.text!)) };
}

/** Normalised texts of a set's held-out half, plus its dev half when `withDev`: never trained on. */
export function excluded(set: keyof typeof EVAL_FILES, withDev: boolean): Set<string> {
  const { dev, heldOut } = evalHalves(set);
  return new Set([...heldOut, ...(withDev ? dev : [])].map((r) => norm(r.text!)));
}

// Reassurance and deflection words must never become positive evidence ("sawa", "fine", "poa").
export const REASSURING = new Set(
  [...Object.keys(EN_REASSURANCE), ...Object.keys(SW_REASSURANCE)].flatMap((p) => p.split(' ')),
);
const keep = (w: string) =>
  !STOP.has(w) && !REASSURING.has(w) && w.length > 1 && !/^\d+$/.test(w) && !/\p{Extended_Pictographic}/u.test(w);

/** The distinct content words of a text, as the scorer's tokeniser sees them. */
export const words = (text: string) => [...new Set(tokenise(text).tokens.map((t) => t.text))].filter(keep);

export const CATS = ['neutral', 'happy', 'sad', 'angry', 'fear', 'surprise', 'disgust'] as const;
const XED_MAP: Record<string, (typeof CATS)[number]> = {
  '1': 'angry',
  '3': 'disgust',
  '4': 'fear',
  '5': 'happy',
  '6': 'sad',
  '7': 'surprise',
};

/** XED's annotated file is tokenised ("do n't", "here ."): join it back as people and speech-to-text write. */
export function detokenise(t: string): string {
  return t
    .split(/\s+/)
    .join(' ')
    .replace(/ ([,.!?;:%])/g, '$1')
    .replace(/ (n't|'s|'re|'ll|'ve|'m|'d)\b/g, '$1')
    .replace(/ ' /g, "' ")
    .trim();
}

/** XED single-label lines and neutral lines as (text, class index in CATS), `skip` lines left out; `at[i]` names
 * docs[i]'s file and 1-based line at the pinned commit. */
export function xedLines(skip: ReadonlySet<string>, o: { projections?: boolean; multi?: boolean } = {}) {
  const docs: Array<[string, number]> = [];
  const at: string[] = [];
  let dropped = 0;
  const add = (text: string, cat: (typeof CATS)[number], where: string) => {
    if (skip.has(norm(text))) dropped++;
    else {
      docs.push([text, CATS.indexOf(cat)]);
      at.push(where);
    }
  };
  const files = ['AnnotatedData/en-annotated.tsv', ...(o.projections ? ['Projections/en-projections.tsv'] : [])];
  for (const file of files)
    show('xed', file)
      .split('\n')
      .forEach((line, n) => {
        const tab = line.lastIndexOf('\t');
        if (tab < 0) return;
        const labels = line
          .slice(tab + 1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const cats = labels.map((l) => XED_MAP[l]).filter((c) => c !== undefined);
        const use = labels.length === 1 || o.multi ? cats : [];
        for (const cat of use) add(detokenise(line.slice(0, tab)), cat, `${path.basename(file)}:${n + 1}`);
      });
  show('xed', 'AnnotatedData/neu_en.txt')
    .split('\n')
    .forEach((line, n) => {
      const tab = line.indexOf('\t');
      if (tab >= 0) add(line.slice(tab + 1), 'neutral', `neu_en.txt:${n + 1}`);
    });
  return { docs, at, dropped };
}

/** EmoBank texts with their valence V (1–5), `skip` lines left out. */
export function emobankTexts(skip: ReadonlySet<string>) {
  const docs: Array<[string, number]> = [];
  let dropped = 0;
  for (const r of csvObjects(show('emobank', 'corpus/emobank.csv'))) {
    if (!r.text || !r.V) continue;
    if (skip.has(norm(r.text))) dropped++;
    else docs.push([r.text, Number(r.V)]);
  }
  return { docs, dropped };
}

export const AFRISENTI_LABELS = ['negative', 'neutral', 'positive'];

/** AfriSenti Swahili train + dev tweets as (text, class index in AFRISENTI_LABELS), `skip` lines left out. */
export function afrisentiTweets(skip: ReadonlySet<string>, splits: readonly string[] = ['train', 'dev']) {
  const docs: Array<[string, number]> = [];
  let dropped = 0;
  for (const file of splits.map((s) => `data/swa/${s}.tsv`)) {
    for (const line of show('afrisenti', file).split('\n').slice(1)) {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      const c = AFRISENTI_LABELS.indexOf(line.slice(tab + 1).trim());
      if (c < 0) continue;
      const text = line.slice(0, tab);
      if (skip.has(norm(text))) dropped++;
      else docs.push([text, c]);
    }
  }
  return { docs, dropped };
}
