// A check-in typed as a text often drops its subject ("took all my mums bp tablets like an hour ago", "been saving my
// pills for 2 weeks", "going to the railway tonight", blind writer 157, session 37): the cues name "i". Said so at the
// start of the check-in or of a sentence, the subject can only be the speaker; index.ts reads the check-in with "I"
// put back as well and keeps the graver reading (raise only). So too an inner voice's "kill yourself" (below).

/** An act in the past said of oneself. Not "attempted" (also an adjective: "attempted suicide is no longer a crime"),
 * nor "bought", "been", "going", "having" …: put back, their "I" made a topic the speaker's own ("Feeling light. Suicidal thoughts, absent.", "bought bleach got myself a coke", review 33, 103). */
const ACT =
  'took|drank|drunk|swallowed|downed|finished|overdosed|popped|injected|cut|slit|burned|burnt|scratched|hanged|jumped|tried';
/** Where a sentence or a clause after a comma begins. */
const START = '(^|[.!?;\\n]\\s*|,\\s+)';
const DROPPED = new RegExp(`${START}(${ACT})(?=\\s)`, 'giu');

/** An inner voice's own words to the speaker ("brain keeps saying just kill urself", "akili yangu inaniambia ujiue"),
 * which the rules read as advice to someone else: said as what the voice tells the speaker to do. Only the speaker's
 * own mind (opening the check-in or a sentence, or "my"), and never where a song, a game, a play or a sermon is told of
 * (red team 160: "the pastor said some of you hear a voice saying kill yourself"). */
const VOICE = '(?:mind|brain|head|inner voice|voices?(?: in my head)?|thoughts)';
const VOICE_SW = '(?:akili yangu|kichwa changu|mawazo yangu|sauti (?:ndani ya kichwa(?: changu)?|yangu ya ndani))';
const SAYS =
  '(?:keeps? |kept |is |are |always |just )?(?:saying|says|said|tells me|telling me|whispering|whispers|inaniambia|kinaniambia|yananiambia|inasema)(?: to me)?(?: that)?[\\s:,"“]*(?:just |to |tu )?';
const MINE = '(^|[.!?]\\s*|\\bmy (?:own )?)';
const VOICE_YOU = new RegExp(
  `${MINE}(${VOICE}) ${SAYS}(?:(?:you should |u should )?(?:just )?(?:kill (?:ur ?self|your ?self|yo ?self)|end (?:your|ur) life|finish (?:ur|your) ?self)|(?:you|u) should (?:just )?die(?! (?:your|ur|my|the|it|them)(?= |$))|kys)(?=[\\s.,!?"”]|$)`,
  'giu',
);
const VOICE_YOU_SW = new RegExp(
  `(^|[.!?]\\s*|\\s)(${VOICE_SW}) ${SAYS}(?:ujiue|jiue|ujimalize|jimalize|ufe|kufa tu)(?=[\\s.,!?"”]|$)`,
  'giu',
);
const TOLD_OF =
  /\b(?:songs?|lyrics|verse|track|rapper|singer|game|play|scene|movie|film|series|show|book|novel|character|sermon|pastor|preacher|tiktok|podcast)\b/iu;

/** The check-in with "I" put back where a sentence begins with the speaker's verb, and an inner voice's "kill
 * yourself" said as telling the speaker to kill themself; the same text when neither is there. */
export function speakersOwnWords(written: string): string {
  const subject = written.replace(DROPPED, '$1I $2');
  if (TOLD_OF.test(written)) return subject;
  return subject
    .replace(VOICE_YOU, '$1$2 keeps telling me to kill myself')
    .replace(VOICE_YOU_SW, '$1$2 inaniambia nijiue');
}
