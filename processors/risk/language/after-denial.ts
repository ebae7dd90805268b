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
/** The denial said again right after the turn ("… but i want to live", "… lakini napenda maisha yangu"). */
const LIVING = /^(?:i (?:still |really )?(?:want to live|love (?:my )?life)|napenda maisha|nataka kuishi)(?!\p{L})/iu;
/** Between the denial and the turn: the rest of the denial's sentence and at most one sentence end right before the
 * turn ("im not suicidal, just tired. but …"); a turn inside a later sentence is that sentence's own ("im not
 * suicidal. rent is hard but i have a plan already"). */
const SAME_OR_NEXT = /^[^.!?\n]*(?:[.!?\n][\s.!?,]*)?$/u;

/** Where denials are all the rules settled and a turn follows the last of them, the words after the turn. */
export function afterDenial(text: string, found: CrisisLanguage): string | undefined {
  if (found.tier !== 'none') return undefined;
  const denials = found.factors.filter((f) => f.code === 'negated');
  if (denials.length === 0 || found.factors.some((f) => f.code !== 'negated' && !f.code.startsWith('distress_')))
    return undefined;
  let from = 0;
  for (const f of denials) {
    // A span cut short ends in "…": the clause's words up to there; the same words said twice are found in order.
    const shown = f.span.replace(/…$/u, '').replace(TURN_AT_END, '');
    const at = text.indexOf(shown, from);
    if (at < 0) return undefined;
    from = at + shown.length;
  }
  const after = text.slice(from);
  const turn = TURN.exec(after);
  if (!turn || !SAME_OR_NEXT.test(after.slice(0, turn.index))) return undefined;
  const rest = after
    .slice(turn.index + turn[0].length)
    .replace(/^[\s,.!?]+/u, '')
    .trim();
  return rest.split(/\s+/u).length >= 4 && !LIVING.test(rest) ? rest : undefined;
}
