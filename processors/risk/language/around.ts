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
