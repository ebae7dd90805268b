import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { re, wholeCheckIn } from './words.js';

// Pills gathered, saved or counted for an overdose (session 33; red team 129 and earlier reviews found them low): "i
// have counted the tablets and they are enough", "nimehesabu vidonge vinatosha", "i saved enough panadol to finish
// me", "i have been saving my pills to take them all at once". A refill collected, a pill count, a course or a trip is
// not: red team 131 put the reason first ("my refill is due i counted …") or after ("… all at once like the doctor
// said"), so "enough" or "all at once" count only as the whole check-in; a death said after the pills counts anywhere.
// Raise only.

const PILLS =
  '(?:pills|tablets|tabs|panadol|sleeping pills|sleeping tablets|meds|painkillers|pain killers|vidonge|tembe|dawa)';
const MINE = '(?: (?:vyangu|zangu|yangu))?';
/** ARVs are collected by the month: counted as enough they are a refill ("nimekusanya tembe za arv sasa zinatosha"). */
const NOT_ARV = '(?!arvs? )';
const SAVED =
  '(?:i (?:have |ve |am )?(?:been )?(?:saving|saved|collecting|collected|counted|hoarding|stockpiling|stockpiled|gathering|gathered)(?: up)?|nimehesabu|nimezihesabu|nimevihesabu|nimekusanya|nimehifadhi|nimekuwa nikikusanya|nimekuwa nikihifadhi|nimeweka akiba(?: ya)?|nilisave|nimesave|nimecount)';
/** Hidden or bought: no gathering over time, so only with a death said after (below). */
const HIDDEN_OR_BOUGHT = '(?:i (?:have )?(?:hid|hidden|bought)|nimeficha|nimebuy|nimenunua)';
/** Saved, collected or counted: the speaker's act, with whose pills they are at most. */
const gathered = (act: string, pills: string) =>
  `${act} (?:all )?(?:my |the |some |these )?(?:${NOT_ARV}\\p{L}+ )?${pills}${MINE}(?: (?:za|vya|ya|of) (?:my )?${NOT_ARV}\\p{L}+){0,2}${MINE}(?: (?:vyote|zote))?`;
const GATHERED = gathered(SAVED, PILLS);
/** With a death after them any pills count ("i am collecting my arvs to swallow them all"), hidden or bought too. */
const GATHERED_ANY = gathered(`(?:${SAVED}|${HIDDEN_OR_BOUGHT})`, `(?:${PILLS}|arvs)`);
const SAVED_ANY = gathered(SAVED, `(?:${PILLS}|arvs)`);
/** How long, where or when, said before the ending (a sock, the mattress, three weeks, last night). */
const SPAN = '(?:(?:a|two|three|four|five|six|many|\\p{N}+) (?:weeks?|months?)|(?:wiki|miezi|siku) \\p{L}+)';
const OVER = `(?: (?:(?:in|under|kwa|kwenye|chini ya) (?:a |my |the )?(?:\\p{L}+ )?(?:sock|mattress|drawer|bag|box|godoro|soksi|begi|kabati)|(?:from|kutoka) (?:the |a |\\p{L}+ )?(?:clinic|chemist|chemists|hospital|kliniki|hospitali|duka)|(?:for |kwa )?${SPAN}|last night|yesterday|today|jana)){0,2}(?: (?:now|sasa|na sasa))?`;
const ENOUGH =
  '(?:(?:and )?(?:(?:they are|they will be|there are|theres|there is|its|it is|it will be|i have|ive got|i think i have|ziko) )?enough(?: now)?|(?:nadhani )?(?:vinatosha|zinatosha|inatosha|ni vya kutosha|zimetosha|vimetosha|(?:ziko |viko )?(?:za|vya) kutosha)(?: sasa)?)';
/** A death said after them: counts wherever the check-in goes on. */
const TO_DIE =
  '(?:enough )?(?:to|ili) (?:finish me|end it|die|kill myself|not wake up|never wake up|sleep forever|kunimaliza|kuniua|kufa|nife|nisiamke)|kunimaliza|kuniua';
/** All of them at once or on a day: a regimen, a trip or a clinic's words unless the check-in says nothing else. */
const DAY = '(?:on \\p{L}+|tonight|this weekend|kesho|leo usiku|usiku huu|ijumaa|jumamosi|jumapili|wikendi|weekend)';
const ALL_AT_ONCE = [
  '(?:to|so i can|ili) (?:take|swallow|drink|meza|kumeza) (?:them|all of them) (?:all )?(?:at once|in one go|together)',
  `(?:to|so i can) (?:take|swallow) them all(?: (?:${DAY}|at once))?`,
  `(?:(?:i will|ill|i am going to|im going to) (?:take|swallow) them all|(?:nitavimeza|nitazimeza|nitazikunywa|nitavikunywa) (?:zote|vyote)) ${DAY}`,
  `for (?:tonight|${DAY}) (?:goodbye|bye|kwaheri)`,
];
export const STOCKPILE_CUES: readonly Cue[] = [
  // Enough as the whole check-in: "i have counted the tablets and they are enough".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${GATHERED}`),
    onlyWhole: wholeCheckIn(`${GATHERED}${OVER} ${ENOUGH}`),
    ...OWN_WORDS,
  },
  // All of them at once or on a day, as the whole check-in, ARVs too: "i am collecting my arvs to swallow them all".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${SAVED_ANY}`),
    onlyWhole: wholeCheckIn(`${SAVED_ANY}${OVER} (?:${ALL_AT_ONCE.join('|')})`),
    ...OWN_WORDS,
  },
  // A death after them, wherever: "i saved enough panadol to finish me", "… ziko enough kuniua".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${GATHERED_ANY}${OVER}(?: ${ENOUGH})? (?:${TO_DIE})(?= |$)`),
    ...OWN_WORDS,
  },
  // Enough pills to die, had: "nina vidonge vya kutosha kufa", "i have enough pills to not wake up".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ` (?:nina|i have|ive got) (?:enough )?(?:\\p{L}+ )?${PILLS}(?: (?:vya|za) kutosha| enough)? (?:${TO_DIE}|kufa)(?= |$)`,
    ),
    ...OWN_WORDS,
  },
];
