import { norm } from './sources.js';

// The cross-validations' shared pieces (cv.ts, cv-sw.ts, cv-sw-categories.ts): fixed folds by a hash of the normalised
// text, the training docs without a fold's texts, the grid of TUNING settings tried and the tally of right answers.

export const K = 5;

/** Fold of a line: by an FNV-1a hash of its normalised text, so folds are fixed and independent of file order. */
export function foldOf(text: string): number {
  let h = 2166136261;
  for (const c of norm(text)) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % K;
}

/** Training docs ([text, …] tuples) whose normalised text is not in `skip`. */
export const outside = <T extends readonly [string, ...unknown[]]>(docs: readonly T[], skip: Set<string>): T[] =>
  docs.filter(([t]) => !skip.has(norm(t)));

/** Every combination of the axes' values: {a: [1, 2], b: [3]} → [{a: 1, b: 3}, {a: 2, b: 3}]. */
export const grid = (axes: Record<string, number[]>): Array<Record<string, number>> =>
  Object.entries(axes).reduce<Array<Record<string, number>>>(
    (acc, [k, vs]) => acc.flatMap((a) => vs.map((v) => ({ ...a, [k]: v }))),
    [{}],
  );

/** Right answers out of tries per setting key, in first-counted order. */
export class Tally extends Map<string, [right: number, of: number]> {
  count(key: string, right: boolean): void {
    const t = this.get(key) ?? [0, 0];
    t[0] += right ? 1 : 0;
    t[1]++;
    this.set(key, t);
  }
}
