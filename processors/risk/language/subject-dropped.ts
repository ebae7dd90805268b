// A check-in typed as a text often drops its subject ("took all my mums bp tablets like an hour ago", "been saving my
// pills for 2 weeks", "going to the railway tonight", blind writer 157, session 37): the cues name "i". Said so at the
// start of the check-in or of a sentence, the subject can only be the speaker; index.ts reads the check-in with "I"
// put back as well and keeps the graver reading (raise only).

/** An act in the past said of oneself. Not "attempted" (also an adjective: "attempted suicide is no longer a crime"),
 * nor "bought", "been", "going", "having" …: put back, their "I" made a topic the speaker's own ("Feeling light. Suicidal thoughts, absent.", "bought bleach got myself a coke", review 33, 103). */
const ACT =
  'took|drank|drunk|swallowed|downed|overdosed|popped|injected|cut|slit|burned|burnt|scratched|hanged|jumped|tried';
/** Where a sentence or a clause after a comma begins. */
const START = '(^|[.!?;\\n]\\s*|,\\s+)';
const DROPPED = new RegExp(`${START}(${ACT})(?=\\s)`, 'giu');

/** The check-in with "I" put back where a sentence begins with the speaker's verb; the same text when none does. */
export function withSubject(written: string): string {
  return written.replace(DROPPED, '$1I $2');
}
