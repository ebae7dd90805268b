import type { Clause } from './normalise.js';
import { TOLD_ANY } from './patterns.js';

// Someone told the speaker to die and the speaker agrees in a word or two ("they told me to kill myself. i want to",
// "my bully said kill yourself, maybe i will"): the speaker's own ideation, said by ellipsis. The suggestion alone is
// a quote (bullying), not the speaker's wish; the agreement after it is.

/** Words said or written to someone ("my bully said", "people comment"): what follows may be theirs, not the speaker's. */
const SAID = / (?:says?|said|yell(?:s|ed)?|scream(?:s|ed)?|text(?:s|ed)?|wrote|writes|comment(?:s|ed)?|goes|went) /u;
/** Another person's words telling the speaker to die, after "he says" and the like. */
const SUGGESTION = / (?:kill (?:yourself|urself|your self)|kys|go die|just die|end (?:it|your life)) /u;
/** A first-person "I want to", "maybe I will", "I'm going to do it" that ends its clause: nothing else is wanted. */
const AGREES =
  / i (?:really |honestly |actually |kinda |just )?(?:want to|wanna|will|might|am going to|m going to|im going to|am gonna|m gonna|im gonna)(?: do it| too)? $/u;

/** The clause in which the speaker agrees with a suggestion to die, if any: its own rest or the clause after it. */
export function agreedSuggestion(cs: readonly Clause[]): Clause | undefined {
  for (let i = 0; i < cs.length; i++) {
    const t = cs[i]!.text;
    const told = TOLD_ANY.exec(t) ?? (SAID.test(t) ? SUGGESTION.exec(t) : null);
    if (!told) continue;
    if (AGREES.test(` ${t.slice(told.index + told[0].length)}`)) return cs[i];
    const next = cs[i + 1];
    if (next && AGREES.test(next.text)) return next;
  }
  return undefined;
}
