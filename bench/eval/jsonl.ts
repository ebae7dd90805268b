import { readFileSync } from 'node:fs';

/** The records of a JSON Lines file (the risk sets and probes): one object per non-blank line. */
export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
