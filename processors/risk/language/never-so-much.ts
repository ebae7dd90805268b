// "i have never wanted to die as much as i do now", "never had suicidal thoughts this strong", "sijawahi kutaka kufa
// kama leo": never so much, so some now; a denial's "never" that a degree follows denies nothing (session 55).

/** A "never" among the last few words before the cue. */
const NEVER_BEFORE = /(?:^| )(?:never|not ever|sijawahi|sijawai)(?: \p{L}+){0,4} $/u;
/** A degree right before the cue ("never been this suicidal", "never felt so close to ending it"). */
const SO_BEFORE = / never(?: \p{L}+){0,3} (?:this|so(?! much as)|more) /u;
/** What "as" or "more than" compares with: now. */
const NOW = String.raw`(?:(?:i (?:do|am|did) |im )?(?:now|today|tonight|right now|these days|this (?:week|month|year))|i do|this)`;
/** Where a degree ends: the text, or a word that is no noun it could describe ("this strong medicine" is the drug's). */
const ENDS = String.raw`(?= *$| (?:before|ever|in|now|today|tonight|lately|recently|since|and|but|i|im|its|it|they|these|again|right|na|lakini|tangu|kabla|maishani)(?= |$))`;
/** A degree or a comparison with now within a few words after the cue. */
const SO_AFTER = new RegExp(
  String.raw`^ (?:\p{L}+ ){0,3}?(?:(?:this|so) (?:strong|strongly|bad|badly|much|often|intense|intensely|loud|deep|deeply|seriously|close)${ENDS}|as (?:much |badly |strongly |often |seriously |intensely |bad )?as ${NOW}(?= |$)|more than (?:ever|${NOW})(?= |$)|like (?:this|i do now|now|today|tonight|right now|these days)(?= |$)|kama (?:leo|sasa|saa hii|siku hizi|wiki hii|hivi)(?= |$)|(?:namna hii|kwa kiwango hiki|kiasi hiki)(?= |$)|vile (?:na)?(?:ji)?(?:sikia|skia|hisi|feel) (?:sasa|saa hii|leo|siku hizi)(?= |$))`,
  'u',
);

/** The cue's negation is a "never" that a degree before, in ("been this suicidal") or after the cue makes "never so
 * much". */
export const neverSoMuch = (before: string, cue: string, after: string): boolean =>
  NEVER_BEFORE.test(before) && (SO_BEFORE.test(`${before}${cue.trimStart()}`) || SO_AFTER.test(after));
