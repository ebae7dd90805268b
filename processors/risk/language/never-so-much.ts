import { NEGATOR_WORDS } from './patterns.js';
import { SW_THIS_MUCH } from './words.js';

// "i have never wanted to die as much as i do now", "i have never had suicidal thoughts this strong", "sijawahi
// kuwaza kujiua kama leo": never so much, so some now; a "never" that a degree follows denies nothing (session 55).
// Only when "never" is the negator closest to the cue, and the degree is the cue's own: right before it or right after
// ("i have never been this happy i never think of suicide" and "i would never hurt myself i love myself so much" deny);
// never a promise ("would never … like this") nor a present habit after "never" ("i never think about it as much").

const NEVERS = new Set(['never', 'sijawahi', 'sijawai']);
/** Negators besides NEGATOR_WORDS that a nearer "never" must not hide ("never felt more alive dont want to die"). */
const OTHER_NEGATORS = new Set(['havent', 'hasnt', 'hadnt', 'no', 'sina', 'sijui', 'sikuwahi']);
/** A degree in the last words before the cue's last word ("never been this suicidal", "never felt so close to …"). */
const SO_BEFORE = /^ (?:\p{L}+ ){0,3}?(?:this|so(?! much as)|more) (?:\p{L}+ ){0,3}$/u;
/** What "as" or "more than" compares with: now or lately. */
const NOW = String.raw`(?:(?:i (?:do|am|did|have|want to) |im )?(?:now|today|tonight|right now|these days|lately|last night|yesterday|this (?:week|month|year))|i do|i did|this)`;
/** Where a degree ends: the text, or a word that is no noun it could describe ("this strong medicine" is the drug's). */
const ENDS = String.raw`(?= *$| (?:before|ever|in|now|today|tonight|lately|recently|since|and|but|i|im|its|it|they|these|again|right|like|my|na|lakini|tangu|kabla|maishani)(?= |$))`;
/** A degree or a comparison with now right after the cue ("ever" or "before" may come first). */
const SO_AFTER = new RegExp(
  String.raw`^ (?:(?:ever|before|in my life) )?(?:(?:this|so) (?:strong|strongly|bad|badly|much|often|intense|intensely|loud|deep|deeply|seriously|close)${ENDS}|as (?:much |badly |strongly |strong |bad |often |seriously |intensely |deep )?as ${NOW}(?= |$)|more than (?:ever|${NOW})(?= |$)|the way i do (?:now|today)(?= |$)|like (?:i do now|this|now|today|tonight|right now)(?= *$)|kama (?:leo|sasa|saa hii|siku hizi|wiki hii|hivi)(?= |$)|${SW_THIS_MUCH}(?= |$)|vile (?:na)?(?:ji)?(?:sikia|skia|hisi|feel) (?:sasa|saa hii|leo|siku hizi)(?= |$))`,
  'u',
);

/** Verbs in the present after "never": a habit, not what happened. */
const PRESENT = new Set(
  'think thinks feel feels want wants wish have get consider dream plan see self hurt kill end do'.split(' '),
);

/** Before "never": a perfect ("have never hurt") or a promise ("would never kill"). */
const PERFECT = new Set(['have', 'has', 'ive', 'had', 'hadnt', 'id']);
const PROMISE = new Set(['would', 'will', 'could', 'should', 'wont', 'ill']);
/** A participle after "have" ("have thought", "have been", "have felt"). */
const PARTICIPLE = /^(?:\p{L}+ed|been|had|felt|thought|done|gone|made|known|seen|hurt|imagined)$/u;
/** Words between "never" and its verb. */
const ADVERBS = new Set(['ever', 'even', 'really', 'once', 'actually', 'honestly']);

/** The words of `text`, one space between. */
const wordsOf = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** The negation of the cue is the nearest "never", and a degree before, in ("been this suicidal") or right after the
 * cue makes it "never so much". */
export function neverSoMuch(before: string, cue: string, after: string): boolean {
  const lead = wordsOf(before);
  const k = lead.findLastIndex((w) => NEGATOR_WORDS.has(w) || OTHER_NEGATORS.has(w) || NEVERS.has(w));
  if (k < 0 || !NEVERS.has(lead[k]!) || lead.length - k > 5) return false;
  // From the "never" up to the cue's last word: "never been this suicidal", "never felt so close to ending it".
  const upToCue = [...lead.slice(k + 1), ...wordsOf(cue).slice(0, -1)];
  const at = upToCue.findIndex((w) => !ADVERBS.has(w));
  const verb = upToCue[at] ?? '';
  const next = upToCue[at + 1] ?? '';
  // "have" before a participle or an inverted subject is a perfect ("never have i felt", "would never have thought").
  const haveDone = verb === 'have' && (/^(?:i|we|you)$/u.test(next) || PARTICIPLE.test(next));
  // "i would never kill myself like this": a promise, no degree now; not "i would never have thought …".
  if (PROMISE.has(lead[k - 1] ?? '') && !haveDone) return false;
  // "i never think about suicide as much as i did", "i never want to die like this": a habit or a wish now, compared
  // with the past or another death, is no degree now (a second code review); not a perfect ("i have (honestly) never
  // hurt myself this badly", "never have i felt …", "… before") nor Sheng "sijawahi feel" (always perfect).
  const perfect =
    lead.slice(Math.max(0, k - 3), k).some((w) => PERFECT.has(w)) ||
    haveDone ||
    /(?:^| )before(?= *$| (?:now|in my life|i|and|but|its)(?= |$))/u.test(after);
  if (lead[k] === 'never' && !perfect && PRESENT.has(verb)) return false;
  return SO_BEFORE.test(` ${upToCue.join(' ')} `) || SO_AFTER.test(` ${wordsOf(after).join(' ')} `);
}
