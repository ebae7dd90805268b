import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { syllable } from 'syllable';
import { analyse, decode } from './voice-features.js';

// `npx tsx bench/eval/syllable-count.ts`: the extractor's syllable count (de Jong & Wempe nuclei, which speech rate
// divides by speaking time) against the transcripts of the 16 LJ Speech sessions of the baseline eval: syllables of
// each word from the CMU Pronouncing Dictionary (vowels with a stress mark), `syllable`'s rules for the few it lacks.

const DIR = path.resolve('bench/eval/data/voice/one-speaker');

/** Syllables of a transcript, and the words the dictionary lacked. */
export function transcriptSyllables(text: string): { n: number; guessed: string[] } {
  const words = text
    .toLowerCase()
    .replace(/[^a-z' -]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  const guessed: string[] = [];
  let n = 0;
  for (const w of words) {
    const phones = dictionary[w] ?? dictionary[w.replace(/'/g, '')];
    if (phones) n += (phones.match(/[0-2]/g) ?? []).length;
    else {
      n += syllable(w);
      guessed.push(w);
    }
  }
  return { n, guessed };
}

const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
function pearson(a: number[], b: number[]): number {
  const [ma, mb] = [mean(a), mean(b)];
  const cov = mean(a.map((x, i) => (x - ma) * (b[i]! - mb)));
  const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((x) => (x - m) ** 2)));
  return cov / (sd(a, ma) * sd(b, mb));
}

export async function evalSyllables(say: (line: string) => void = console.log): Promise<void> {
  const text = new Map(
    readFileSync(path.join(DIR, 'transcripts.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t') as [string, string]),
  );
  const sessions = readFileSync(path.join(DIR, 'sessions.csv'), 'utf8').trim().split('\n').slice(1);
  const rows: Array<{ truth: number; counted: number; speakingS: number }> = [];
  const guessed: string[] = [];
  for (const line of sessions) {
    const [file, , , ids] = line.split(',') as [string, string, string, string];
    const samples = await decode(path.join(DIR, file));
    const f = analyse(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
    const truth = ids.split(' ').reduce((n, id) => {
      const said = text.get(id);
      // A clip without its transcript would count as 100 % over, not as an error.
      if (said === undefined) throw new Error(`no transcript for ${id} in transcripts.tsv`);
      const t = transcriptSyllables(said);
      guessed.push(...t.guessed);
      return n + t.n;
    }, 0);
    rows.push({ truth, counted: f.syllable_count ?? 0, speakingS: f.speaking_s ?? 0 });
  }
  const err = rows.map((r) => (r.counted - r.truth) / r.truth);
  say(`\n[syllables] LJ Speech, ${rows.length} sessions, ${mean(rows.map((r) => r.truth)).toFixed(1)} syllables each`);
  say(
    `  counted − transcript: mean ${(100 * mean(err)).toFixed(1)} %, mean |error| ${(100 * mean(err.map(Math.abs))).toFixed(1)} %`,
  );
  say(
    `  correlation of counts r = ${pearson(
      rows.map((r) => r.truth),
      rows.map((r) => r.counted),
    ).toFixed(3)}`,
  );
  const rate = (n: (r: (typeof rows)[number]) => number) => rows.map((r) => n(r) / r.speakingS);
  say(
    `  correlation of rates (per speaking second) r = ${pearson(
      rate((r) => r.truth),
      rate((r) => r.counted),
    ).toFixed(3)}`,
  );
  say(`  words not in the dictionary (syllables by rule): ${guessed.length} (${[...new Set(guessed)].join(', ')})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await evalSyllables();
