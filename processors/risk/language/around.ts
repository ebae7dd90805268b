// "Have not" said of a time that dates the act (a blind probe set and its reviews, 2026-12-02): "i have not self harmed
// since yesterday" was read as a denial of the act it dates.

/** "Have not" right before the cue ("i havent [cut myself]", "sijajikata"). */
const HAVE_NOT = / (?:havent|hasnt|have not|has not|sija\p{L}*)(?: \p{L}+){0,3} $/u;
/** What after the cue says it was done lately ("… since yesterday", "… yet", "… this bad before", "… tangu jana"). */
const DONE_SINCE =
  /^(?: \p{L}+){0,4}? (?:since (?:yesterday|last (?:night|week|weekend|month|time)|this (?:morning|week)|today|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my (?:last )?attempt|(?:the )?last time i (?:tried|did it|attempted)(?! (?:to|for|with|on|at|out|again to)\b)|\p{L}+ s attempt)|tangu (?:jana|juzi|leo|asubuhi|wiki (?:hii|iliyopita)|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)|yet|bado|(?:this|that|so) (?:bad|strong|much|often|intense)|for a while but|in a while but)\b/u;

/** "i havent self harmed since yesterday", "… yet", "… this bad before", "a day without [suicidal thoughts]": what the
 * negation seems to deny was done lately, or is there; no denial. */
export const doneLately = (before: string, after: string): boolean =>
  (HAVE_NOT.test(before) && DONE_SINCE.test(after)) || / without $/u.test(before);

/** The act put off, not denied, right after the cue and ending its clause or before a "but" ("im not going to kill
 * myself yet", "i dont have a plan to end my life for now", "sitaki kujiua bado"). Not a passive wish ("i dont want to
 * die yet" is said of a long life too), nor thoughts ("sina mawazo ya kujiua kwa sasa", "im not suicidal for now":
 * reviews 15 and 16 hold them ordinary, 19 and 20 crises). Only an act refused or not planned for the future ("not
 * going to", "wont", "sitaki", "no plan to"; "sitajiua kwa sasa" is its own cue's to read), not one never done so far
 * ("i have never tried to kill myself yet", "im not self harming for now, clean thirty days"), nor a denial going on
 * with "and" ("… for now and ill call my therapist"; code reviews 278–282). */
const PUT_OFF =
  /^ (?:just |at least )?(?:yet|for now|for the moment|right now|at the moment|currently|kwa sasa|bado)(?: (?:bana|manze|kabisa|tu|bro|doc))*(?= *$| (?:but|lakini|ila|though|tho)(?= |$))/u;
const THOUGHTS =
  /^ (?:(?:\p{L}+ ){0,2}(?:suicidal|mawazo|wazo|thoughts?|ideas?|feelings?|hisia)|\p{L}+ (?:of|about|ya|za) )/u;
const REFUSED =
  / (?:(?:not|never) going to|(?:im|am|i am) not gonna|wont|will not|sitaki|sita\p{L}+|(?:dont|do not) (?:want|plan|intend) to|no (?:plans?|intention) (?:to|of)|(?:a|any) plans? (?:to|of)|not planning (?:to|on))(?= )/u;
export const putOff = (before: string, after: string, tier: string, cue: string): boolean =>
  tier !== 'passive' &&
  PUT_OFF.test(after) &&
  !THOUGHTS.test(cue) &&
  // The refusal's own words only, the end of what precedes (a flood of them before took 160 s: code review 284).
  REFUSED.test(` ${before.trim().slice(-60)}${cue}`);
