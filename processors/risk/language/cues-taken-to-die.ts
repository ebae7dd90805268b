import type { Cue } from './patterns.js';
import { guards, HOW_MUCH, MEDICINE, POISON, SW_SWALLOWED, WHEN_WHERE_WORDS } from './cues-act-intent.js';
import { re } from './words.js';

// A poison or pills taken with the purpose said in the act's own words (session 37, red team 154): "i drank bleach on
// purpose" read low while "i drank bleach" read critical, and "i drank jik to end it all", "i took sleeping pills so
// that i would not wake up", "nilikunywa dawa ya panya makusudi", "i took panadol on purpose last week to die" read
// medium or low. cues-act-intent.ts reads the wish said as a wish ("… i wanted to die"); this reads it as a purpose.
// Medicine counts with a purpose of dying, or "on purpose" with all of it; a poison with "on purpose" alone. Reviews 35
// and 37 told such acts of a headache ("to end it"), long ago, in a testimony or as someone's suspicion: those stay
// with the other readings. Raise only (LATER_CUES).

/** The purpose: to die, never to wake; not a pain dying down, food to die for, waking at night from the pain. */
const AWAKE = 'wake up(?! (?:at|in the|from|during|because|till|until|early|for|on time)(?= ))';
const PURPOSE = `(?:(?<! too \\p{L}+ )to (?:die(?! (?:of|laughing|for|down|out|off|when|from|my|it was)(?= ))|kill my ?self|end (?:it all|my life|everything)(?! with)|sleep forever|never ${AWAKE}|not ${AWAKE})|hoping (?:to die|(?:to )?(?:never|not) (?:to )?${AWAKE}|i (?:would|will) (?:die|never ${AWAKE}|not ${AWAKE})|i (?:wouldnt|would not|wont|will not) ${AWAKE})|so (?:that )?i (?:would|could|can|will) (?:die|never ${AWAKE}|not ${AWAKE})|so (?:that )?i (?:wouldnt|would not|wont|will not) ${AWAKE}|so (?:that )?i (?:never|dont|do not) ${AWAKE})`;
const SW_PURPOSE =
  '(?:(?:ili|ndio|ndiyo) )?(?:nife|nijiue|nijimalize|nisiamke(?: tena)?(?! (?:usiku|mapema|saa)(?= ))|nilale milele)(?= |$)';
const ON_PURPOSE = '(?:on purpose|deliberately|intentionally|kwa makusudi|makusudi|maksudi)';
/** When, where, whose or which ("vya presha vya baba", "i had"), and at most one "on purpose" between the act and
 * its purpose. */
const WORDS = `(?:${WHEN_WHERE_WORDS}|ago|nights|days|two|three|i had|all together|all at once|at once|together|(?:ya|za|vya|wa) \\p{L}+|vyangu|zangu|vyote|zote|mwezi|uliopita|dakika|kumi|zilizopita|yday|tonight)`;
const BETWEEN = `(?: ${WORDS})*(?: ${ON_PURPOSE})?(?: ${WORDS})*`;
/** Medicine, and the ones a clinic gives for months. */
const MEDS = `(?:${MEDICINE}|arvs?|antidepressants|insulin)`;
const EN_TOOK = `i (?:have |ve |just |already |deliberately |intentionally )*(?:took|taken|drank|drunk|swallowed|downed|ate) ${HOW_MUCH}`;
/** All of a medicine, or too much of it. */
const EN_ALL = `i (?:have |ve |just |already )*(?:took|taken|drank|drunk|swallowed|downed|ate|finished) (?:all|too many|so many|many|a lot of|the whole|extra|too much|double)(?: \\p{L}+){0,3}? ${MEDS}`;
/** Swallowed, or decided and swallowed ("niliamua kumeza dawa zote"). */
const SW_TOOK = `(?:${SW_SWALLOWED}|(?:niliamua|nikaamua) (?:kumeza|kunywa) (?:\\p{L}+ ){0,2}?)`;
const SW_ALL = `${SW_TOOK}${MEDS}(?: \\p{L}+){0,3}? (?:zote|vyote|nyingi|vingi|mingi|mob)`;
const ACTS = [
  ` ${EN_TOOK}(?:${POISON}|${MEDS})${BETWEEN} ${PURPOSE}`,
  // "To end it" only after a poison: medicine ends a headache or a flu (review 35).
  ` ${EN_TOOK}${POISON}${BETWEEN} to end it(?= $| (?!all)\\p{L})`,
  ` i (?:deliberately |intentionally )?(?:drank|drunk|swallowed|downed|ate) ${HOW_MUCH}(?!acid )${POISON}${BETWEEN} ${ON_PURPOSE}`,
  ` i (?:deliberately|intentionally) (?:drank|drunk|swallowed|downed|ate) ${HOW_MUCH}(?!acid )${POISON}`,
  ` ${SW_TOOK}(?!acid )${POISON}${BETWEEN} ${ON_PURPOSE}`,
  ` ${SW_TOOK}(?:${POISON}|${MEDS})${BETWEEN} ${SW_PURPOSE}`,
  ` (?:${EN_ALL}|${SW_ALL})${BETWEEN} ${ON_PURPOSE}`,
];
/** Anywhere in the check-in: an age or a time long past, a recovery, a testimony or support group, someone's
 * suspicion or question, a dream, a course of medicine (reviews 35, 37; red team 154). */
const TOLD_AS_OVER = re(
  ' (?:when i was|at the age of|at age|aged|in form (?:one|two|three|four|\\p{N})|during covid|in (?:19|20)\\p{N}{2}|years? ago|years back|long ago|last year|mwaka jana|zamani|there was a time|support group|now i am (?:\\p{N}+|a|an|married|fine|better|well|okay|ok|good|happy)|i am now|i am \\p{N}+ now|today i celebrate|months? of recovery|(?:god|jesus) (?:saved|rescued|brought)|testimony|shared|(?:think|thinks|thought|believe|believes|accused me) (?:that )?i|asked (?:me )?(?:whether|if)|in my dreams?|dreamt|dreamed|lol|haha\\p{L}*|wanadhani|walidhani|nilipokuwa|nikiwa (?:mdogo|mtoto|kidato)|course|dose|prescribed|doctor said|daktari alisema|as told|kama nilivyoambiwa) ',
);

/** The same thought of now, not done: "these days i think of taking all my sleeping pills so i can die". */
const THOUGHT_OF = ` (?:i (?:keep |am |have been |ve been |been )?(?:think|thinking) (?:about|of)|the thought of|(?:ni)?nawaza|(?:ni)?nafikiria) (?:drinking|taking|swallowing|kunywa|kumeza) ${HOW_MUCH}(?:${POISON}|${MEDS})(?: (?!if|kama|ikiwa)\\p{L}+){0,4}? (?:${PURPOSE}|${SW_PURPOSE}|(?:so (?:that )?)?it ends)(?= |$)`;

/** The same said of tonight or a day to come: "i will swallow them on saturday to end my life", "tonight i am taking
 * all my tablets to end it". "To end it" only after a poison or all of a medicine. */
const WILL = '(?:i will|ill|i am going to|im going to|i am gonna|im gonna|(?:tonight|today|tomorrow) (?:i am|im))';
const TAKE = '(?:take|taking|swallow|swallowing|drink|drinking|down|downing)';
const PLANNED = [
  ` ${WILL} ${TAKE} (?:them(?: all)?|it|${HOW_MUCH}(?:${POISON}|${MEDS}))${BETWEEN} ${PURPOSE}`,
  ` ${WILL} ${TAKE} (?:${HOW_MUCH}${POISON}|all (?:of )?(?:my |the )?(?:\\p{L}+ )?${MEDS})${BETWEEN} to end it(?= $| (?!all)\\p{L})`,
];

export const TAKEN_TO_DIE_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${ACTS.join('|')})(?= |$)`),
    unlessWhole: TOLD_AS_OVER,
    selfReferring: true,
    ...guards,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${PLANNED.join('|')})(?= |$)`),
    unlessWhole: TOLD_AS_OVER,
    selfReferring: true,
    ...guards,
  },
  { tier: 'active', code: 'method', re: re(THOUGHT_OF), unlessWhole: TOLD_AS_OVER, selfReferring: true, ...guards },
];
