import type { Cue } from './patterns.js';
import { AT_A_TIME, EN_WILL, JOKE_AFTER, NOT_OWN_PLAN, POISON, SW_WILL, WHEN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A household poison named and planned, with no word of suicide ("nitakunywa jik kesho", "i will drink bleach
// tonight"): the future of what cues-means-told.ts reads when done; "sumu", "poison" and "overdose" planned were read
// already (cues-means.ts). Raise only (patterns.ts LATER_CUES); reviews 98 and 99.

/** "the", "that", "hiyo", "a full bottle of", "the whole": what may stand before the poison. */
const SOME = '(?:(?:some|the|that|this|hiyo|ile|a|a cup of|a glass of|(?:a|the) (?:whole|full)(?: bottle of)?) )?';
/** A poison's place or amount after it ("… the jik that is under the sink", "… jik yote", "… iko stoo"). */
const THERE = '(?= (?:that|which|in|under|from|iliyo|iko|ambayo|ile|yote|tu)(?= ))';
const PLANNED = [
  `${EN_WILL} (?:just )?(?:drink|down|swallow) ${SOME}${POISON}(?:${WHEN}|${THERE})`,
  ` (?:tonight|tomorrow|today) i (?:drink|swallow) ${SOME}${POISON}(?= |$)`,
  // The present said of tonight: "i am drinking bleach tonight", "leo usiku nakunywa jik".
  ` (?:i am|im) (?:drinking|swallowing) ${SOME}${POISON}${AT_A_TIME}`,
  `${EN_WILL} eat (?:the |some )?rat poison${WHEN}`,
  `${SW_WILL} (?:tu )?(?:hiyo |ile )?(?:chupa (?:nzima|yote) ya )?${POISON}(?:${WHEN}|${THERE})`,
  ` (?:nitakula|ntakula|nataka kula) (?:dawa|sumu) ya panya${WHEN}`,
  // "this friday i will end it with the dawa ya panya", "namaliza maisha na dawa ya panya"
  ` (?:end it|end my life|end everything|(?:na|nita)maliza maisha(?: yangu)?|kujimaliza|nijimalize) (?:with|na|kwa) (?:the )?${POISON}(?= |$)`,
];
/** It, a poison named in the check-in: drunk or eaten at a time ("i have bought rat poison and i will take it on friday",
 * "nimebuy doom nitaikunywa kesho"); not "it" taken somewhere. */
const IT_PLANNED = [
  `${EN_WILL} (?:drink|take|swallow|eat) it(?! (?:to|from|back|home|with|out|away|off)(?= ))${WHEN}`,
  ` (?:nitai|ntai|niti)(?:kunywa|nywa|meza|kula)${WHEN}| (?:niikule|niinywe|nataka kuinywa|nataka kuila)(?= |$)`,
];
/** The poison named earlier in the check-in, then "I will drink" with only a time after ("nimenunua dawa ya panya
 * nitakunywa usiku wa leo", "nimeficha doom … nitakunywa wakilala"). */
const BARE_PLANNED = ` (?:nitakunywa|nitakunya|ntakunywa|nitameza|ntameza|nitakula)${AT_A_TIME}`;
/** Bought, then drunk ("… i will buy rat poison and take it tonight"); made ready or kept for a time ("i have the doom
 * ready for tonight", "doom iko tayari usiku", "i kept the doom for tonight", "nimeweka doom ya usiku"). */
const READIED = [
  `${EN_WILL} (?:buy|get) ${SOME}${POISON} and (?:drink|take|swallow|eat) it${WHEN}`,
  ` (?:i have|ive got|nina) (?:the |my |some )?${POISON} (?:ready|tayari)(?= |$)`,
  ` ${POISON} (?:iko|ipo|ziko) tayari(?= |$)`,
  ` (?:i )?(?:have )?(?:kept|saved|hid|hidden) (?:the |my |some )?${POISON} for (?:tonight|tomorrow|later|the night)(?= |$)`,
  ` (?:nimeweka|nimeficha|nimehifadhi) ${POISON} (?:ya|kwa ajili ya|kwa) (?:usiku|kesho|leo)(?= |$)`,
];
const POISON_NAMED = new RegExp(` (?:${POISON}|sumu|poison) `, 'u');
/** Thinking of drinking a named poison, or the mind urging it: active thoughts with a method. */
const THINKING = ` (?:(?:i )?(?:keep )?think(?:ing)? (?:about|of)|nafikiria|ninafikiria|nawaza|ninawaza|my mind (?:keeps )?(?:tells|telling) me to|akili (?:yangu )?inaniambia) (?:drinking |drink |taking |take |swallowing |swallow |kunywa |ninywe |kumeza |nimeze )(?:the |some )?${POISON}(?= |$)`;
/** After it: a spill, a farm job. */
const SPILL = re(
  ' (?:by mistake|by accident|accidentally|kwa makosa|kwa bahati mbaya|bila kujua|spray\\p{L}*|nyunyiz\\p{L}*|for the (?:cows?|goats?|crops|rats|ticks)|to the (?:farm|shamba)) ',
);
const told = { unlessBefore: NOT_OWN_PLAN, unlessWritten: WRITTEN_AS_FORM, selfReferring: true } as const;
const NOT_NOW = new RegExp(`${SPILL.source}|${JOKE_AFTER.source}`, 'u');

export const MEANS_PLANNED_CUES: readonly Cue[] = [
  { tier: 'plan', code: 'intent', re: re(`(?:${PLANNED.join('|')})`), unlessNear: NOT_NOW, ...told },
  { tier: 'plan', code: 'preparation', re: re(`(?:${READIED.join('|')})`), unlessNear: NOT_NOW, ...told },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${[...IT_PLANNED, BARE_PLANNED].join('|')})`),
    onlyWhole: POISON_NAMED,
    unlessNear: NOT_NOW,
    ...told,
  },
  { tier: 'active', code: 'method', re: re(THINKING), unlessNear: NOT_NOW, ...told },
];
