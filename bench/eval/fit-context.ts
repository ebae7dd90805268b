import type { Item } from './risk-fit-sets.js';

// Check-ins said with other talk around them, for the fifth ideation reading (RULES.md, "A fifth reading"): fitted on
// texts of a sentence or two alone, the reading lost four in five of the crises only it found once one real answer
// stood beside them. So each text it may learn from is learned once more beside an ordinary text of the same fold
// (before or after it, seeded), and it learns that everyday words around a crisis say nothing either way.

/** Ordinary texts longer than this are not used as context (a check-in's other sentences, not a second story). */
const MAX_CONTEXT_WORDS = 40;

export interface InContext {
  text: string;
  y: number;
  fold: number;
}

/** One variant of each item that may be learned from (`learnable`, not a Kenyan answer), with an ordinary learnable
 * text of its own fold as context, so that cross-validation never sees a context in two folds. */
export function inContext(
  items: readonly Item[],
  y: readonly number[],
  fold: readonly number[],
  learnable: readonly boolean[],
): InContext[] {
  const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
  const usable = (i: number) => learnable[i]! && items[i]!.set !== 'kenya-dev';
  const pool = [0, 1, 2, 3, 4].map((k) =>
    items
      .map((_, i) => i)
      .filter((i) => fold[i] === k && y[i] === 0 && usable(i) && words(items[i]!.text) <= MAX_CONTEXT_WORDS),
  );
  let seed = 11;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return items.flatMap((it, i) => {
    if (!usable(i)) return [];
    const of = pool[fold[i]!]!;
    const context = items[of[Math.floor(next() * of.length)]!]!.text;
    return [{ text: next() < 0.5 ? `${it.text} ${context}` : `${context} ${it.text}`, y: y[i]!, fold: fold[i]! }];
  });
}
