import type { Clause } from './normalise.js';

// What is said around a cue that changes its reading, found by a blind probe set and its review (probes23, review 11,
// 2026-12-02): the subject of a documentary, an act not done for years, "have not" said of a time that dates the act.

/** "Have not" right before the cue ("i havent [cut myself]", "sijawahi"), and what after it says it was done lately. */
const HAVE_NOT = / (?:havent|hasnt|have not|has not|sija\p{L}*)(?: \p{L}+){0,3} $/u;
const DONE_SINCE =
  /^(?: \p{L}+){0,4}? (?:since (?:yesterday|last (?:night|week|weekend|month|time)|this (?:morning|week)|today|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my (?:last )?attempt|\p{L}+ s attempt)|yet|bado|(?:this|that|so) (?:bad|strong|much|often|intense)|for a while but|in a while but)\b/u;
const SELF_AFTER =
  / (?:i|im|ive|id|ill|me|my|myself|mine|mimi|mie|nika\p{L}+|nime\p{L}+|nita\p{L}+|nili\p{L}+|nahisi|nawaza|nafikiria|najiona) /u;
const IN_YEARS =
  /^ (?:again )?(?:in|for) (?:years|many years|a long time|ages|(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) years)(?: now)?(?: and (?:im|i am) not (?:going to|gonna) start again)? $/u;
const HARM_WORDS =
  / (?:suicid\p{L}*|kill\p{L}*|die|dying|dead|death|end(?:ing)? (?:it|my life)|rope|pills|poison|knife|jump|kujiua|kufa|nife|cut\p{L}*|harm\p{L}*|hurt\p{L}*|overdos\p{L}*|attempt\p{L}*|tried|plan\p{L}*|\p{L}*jikata|\p{L}*jidhuru) /u;
const MEDIA_ABOUT =
  / (?:documentary|documentaries|movie|film|article|story|stories|news|video|clip|series|book|novel|sermon|seminar|programme|program|podcast|show|episode|lecture|campaign|report|research|kipindi|makala|habari|mahubiri|semina|somo) (?:\p{L}+ ){0,2}?(?:kuhusu|about|on|juu ya) $/u;

/** "I watched a documentary about suicide", "nimesoma article kuhusu kujiua": the subject of something seen or read,
 * unless the speaker goes on of themselves in the sentence ("… and i think im going to be the next one"). */
export function mediaSubject(cue: string, before: string, restOfSentence: string): boolean {
  return (
    /^ (?:suicide|self harm|selfharm|ku\p{L}+) /u.test(cue) &&
    MEDIA_ABOUT.test(before) &&
    !SELF_AFTER.test(restOfSentence)
  );
}

/** "I haven't hurt myself in years": over, where no other clause of the text speaks of harm or dying ("… i have a
 * rope in my room" keeps it read). */
export function overForYears(before: string, after: string, others: readonly Clause[]): boolean {
  return (
    / (?:havent|hasnt)(?: \p{L}+)? $/u.test(before) &&
    IN_YEARS.test(after) &&
    !others.some((x) => HARM_WORDS.test(x.text))
  );
}

/** "i havent self harmed since yesterday", "… yet", "… this bad before", "a day without [suicidal thoughts]": what
 * the negation seems to deny was done lately; no denial. */
export const doneLately = (before: string, after: string): boolean =>
  (HAVE_NOT.test(before) && DONE_SINCE.test(after)) || / without $/u.test(before);

/** The rest of the cue's clause and the later clauses of its sentence. */
export const sameSentenceAfter = (cs: readonly Clause[], i: number, after: string): string =>
  `${after} ${cs
    .slice(i + 1)
    .filter((x) => x.sentence === cs[i]!.sentence)
    .map((x) => x.text)
    .join(' ')} `;
