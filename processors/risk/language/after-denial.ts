import type { CrisisLanguage } from './detect.js';
import { TURN_WORDS } from './words.js';

// What follows a denial and a turn ("im not suicidal but i have already written letters to my children") is a new thing
// said, which the denial does not settle: the learned reading of warning signs reads it, as it reads what follows a past
// told as over (afterHistory). The weaker learned reading of ideation does not: it read "… but i want to get better" as
// a wish (red teams 233 and 235, session 54).

/** A turn, whatever punctuation stands around it. */
const TURN = new RegExp(`(?<!\\p{L})(?:${TURN_WORDS})(?!\\p{L})`, 'iu');
/** A turn word ending the denial's own span ("im not suicidal but"): the denial ends before it. */
const TURN_AT_END = new RegExp(`(?:[\\s,.!?]+(?:${TURN_WORDS}))+[\\s,.!?]*$`, 'iu');
/** The denial said again right after the turn ("… but i want to live", "… lakini napenda maisha yangu"): not read. */
const LIVING =
  /^(?:i (?:still |really )?(?:want to live|love (?:my )?life)|napenda maisha|nataka kuishi)(?!\p{L})(?! (?:no more|no longer|anymore|any more)(?!\p{L}))/iu;
/** Between the denial and the turn: the rest of the denial's sentence and at most one sentence end right before the
 * turn ("im not suicidal, just tired. but …"); a turn inside a later sentence is that sentence's own ("im not
 * suicidal. rent is hard but i have a plan already"). */
const SAME_OR_NEXT = /^[^.!?\n]*(?:[.!?\n][\s.!?,]*)?$/u;

/** Where denials are all the rules settled, the words after the first turn that follows one of them in its sentence
 * (or opens the next), less the later denials' own words: a denial said again at the end ("… im not suicidal") must
 * not hide what came before it (a code review, session 54). */
export function afterDenial(text: string, found: CrisisLanguage): string | undefined {
  if (found.tier !== 'none') return undefined;
  const denials = found.factors.filter((f) => f.code === 'negated');
  if (denials.length === 0 || found.factors.some((f) => f.code !== 'negated' && !f.code.startsWith('distress_')))
    return undefined;
  // Where each denial's words stand, in order; a span cut short ends in "…" (the clause's words up to there).
  const spans: Array<{ at: number; end: number }> = [];
  for (const f of denials) {
    const shown = f.span.replace(/…$/u, '').replace(TURN_AT_END, '');
    const at = text.indexOf(shown, spans.at(-1)?.end ?? 0);
    if (at < 0) return undefined;
    spans.push({ at, end: at + shown.length });
  }
  for (const { end } of spans) {
    const after = text.slice(end);
    const turn = TURN.exec(after);
    if (!turn || !SAME_OR_NEXT.test(after.slice(0, turn.index))) continue;
    const from = end + turn.index + turn[0].length;
    // The later denials' words are no part of what follows the turn.
    const rest = spans
      .filter((x) => x.at >= from)
      .reduceRight((t, x) => `${t.slice(0, x.at - from)} ${t.slice(x.end - from)}`, text.slice(from))
      .replace(/^[\s,.!?]+/u, '')
      .replace(LIVING, '')
      .trim();
    return rest.split(/\s+/u).length >= 4 ? rest : undefined;
  }
  return undefined;
}
