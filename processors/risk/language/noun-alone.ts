import { onlyWith } from './words.js';

// A check-in that is a noun of crisis and nothing else ("suicidal thoughts again", "having suicidal thoughts all week",
// "self harm last night"): the noun cues need an owner ("i", "my") because in a post they are as often a topic, but
// a check-in is the speaker's own account, and said with nothing but a time, "again", a verb of having or struggling
// and fillers they can be no one else's. Anything more ("no", "awareness", "my friend") leaves the reading as before.

/** Words that leave the noun said alone. Not "no", "not", "never" or any name of a person. */
const ALONE = new Set(
  [
    'um uh umm erm ok okay well just really so very and like yeah honestly again still now today tonight lately',
    'recently everyday constant constantly bad terrible awful more having getting been battling fighting',
    'struggling leo tena jana usiku sana bado yesterday had have since tu mbaya strong intense nonstop urges',
    'juzi asubuhi na aki yaani manze',
    // A plea said with it is the speaker's own ("having suicidal thoughts today pls help").
    'pls plz pliz please help saidia nisaidie msaada tafadhali idk deeper',
  ]
    .join(' ')
    .split(' '),
);
/** Times and verbs of several words said beside it. */
const BESIDE =
  / (?:so many|too many|a lot of|lots of|struggling with|dealing with|this (?:morning|afternoon|evening|week|month)|all (?:day|night|week)|the whole (?:day|night|week)|every (?:day|night)|last (?:night|week)|these days|right now|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:since|today|this) morning|whole day|kila siku|wiki hii|siku hizi|wiki iliyopita|(?:an|one|two|a few|\p{N}+) (?:hours?|mins?|minutes) ago|just now|saa hii|sasa hivi|this time|(?:i dont know|idk) what to do)(?= )/gu;

/** A typed question ("Self harm?"), a hashtag or a quotation, or a form's answer ("self harm ok", "Suicidal
 * thoughts: none", "self harm ❌") in the words as written, which the reader's normalising drops: not said of oneself.
 * An "ok" or "well" that opens the check-in ("ok so self harm again") answers nothing; an emoji of feeling stays. */
const ASKED_OR_ANSWERED =
  /[?#:"\u201c\u201d\u2013\u2014\u2212\u274c\u{1F6AB}\u2716\u2717\u2718\u2714\u2705\u2611\u26d4]|(?:^|\s)-+(?:\s|$)|\b(?:ok|okay|fine|good|well|none|nil|nope|no|n\/a)\W*$/iu;

/** ":(", ":/", ":'(" and their noses. */
const SAD_FACE = /[:;]'?-?[(/\\|[]/gu;

/** Whether the check-in (`whole`: its clauses joined; `written`: as it came) says the noun cue `cue` with nothing
 * else that matters. */
export function nounAlone(cue: string, whole: string, written: string): boolean {
  // A sad face is no colon of a form ("suicidal thoughts again :(", review 33).
  if (ASKED_OR_ANSWERED.test(written.replace(SAD_FACE, ' '))) return false;
  return onlyWith(cue, whole, BESIDE, ALONE);
}
