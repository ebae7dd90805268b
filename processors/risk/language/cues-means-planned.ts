import type { Cue } from './patterns.js';
import {
  ASKED_OR_FORM,
  AT_A_TIME,
  EN_WILL,
  FOOD,
  JOKE_AFTER,
  NOT_OWN_PLAN,
  POISON,
  SW_WILL,
  WHEN,
} from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// A household poison named and planned, with no word of suicide ("nitakunywa jik kesho", "i will drink bleach
// tonight"): the future of what cues-means-told.ts reads when done; "sumu", "poison" and "overdose" planned were read
// already (cues-means.ts). Raise only (patterns.ts LATER_CUES); reviews 98 and 99.

/** "the", "that", "hiyo", "a full bottle of", "the whole": what may stand before the poison. */
const SOME = '(?:(?:some|the|that|this|hiyo|ile|a|a cup of|a glass of|(?:a|the) (?:whole|full)(?: bottle of)?) )?';
const PLANNED = [
  // Nobody drinks these: any words may follow, the guards read them (a condition, a joke, a farm job).
  `${EN_WILL} (?:just )?(?:drink|swallow) ${SOME}${POISON}(?= |$)`,
  ` i feel like drinking ${SOME}${POISON}(?= |$)`,
  ` (?:tonight|tomorrow|today) i (?:drink|swallow) ${SOME}${POISON}(?= |$)`,
  // The present said of tonight: "i am drinking bleach tonight", "leo usiku nakunywa jik".
  ` (?:i am|im) (?:drinking|swallowing) ${SOME}${POISON}${AT_A_TIME}`,
  ` (?:tonight|tomorrow|leo usiku|usiku wa leo) (?:i am|im) (?:drinking|swallowing) ${SOME}${POISON}(?= |$)`,
  `${EN_WILL} eat (?:the |some )?rat poison${WHEN}`,
  `${SW_WILL} (?:tu )?(?:hiyo |ile )?(?:chupa (?:nzima|yote) ya )?${POISON}(?= |$)`,
  ` (?:nitakula|ntakula|nataka kula) (?:dawa|sumu) ya panya${WHEN}`,
  // "this friday i will end it with the dawa ya panya", "namaliza maisha na dawa ya panya"
  ` (?:end it|end my life|end everything|(?:na|nita)maliza maisha(?: yangu)?|kujimaliza|nijimalize) (?:with|na|kwa) (?:the )?${POISON}(?= |$)`,
];
/** Drunk, not carried: poisons no one drinks, not paraffin (lamps), nor "dudu" (an insect in the tea). */
const DRUNK_ONLY =
  '(?:jik|jick|bleach|doom|rat poison|ratox|paraquat|pesticide|insecticide|cattle dip|dawa ya (?:panya|mende|kuua wadudu|kupe)|sumu ya panya)';
/** No food between, unless the poison is put into it ("nimeweka sumu ya panya kwa chai yangu nitakunywa sasa hivi", "… in juice …"). */
const NO_FOOD = `(?:(?:kwa|in|into|inside|ndani ya) (?:the |my |some )?${FOOD}(?: yangu)? |(?!(?:${FOOD}|and|for)(?= ))\\p{L}+ ){0,4}?`;
/** Bought, hidden or mixed by the speaker: the poison as what they readied ("nimenunua dawa ya panya …"). */
const READIED =
  '(?:nime(?:shanunua|nunua|buy|ficha|weka|changanya|beba|pata)|nilinunua|nina|niko na|i (?:have )?(?:bought|got|mixed|hid|hidden|put)|ive (?:bought|got)|i have)';
/** And no drink after the time ("… nitakunywa leo kahawa"). */
const NO_DRINK_AFTER = `(?!(?: \\p{L}+){0,2} ${FOOD}(?= |$))`;
/** The poison, then "I will drink it" or a bare "nitakunywa" with a time, in its clause ("nimenunua dawa ya panya
 * nitakunywa usiku wa leo", "msee nimebuy doom nitaikunywa kesho", "i have bought rat poison and i will take it on
 * friday"): not carried ("… take it tomorrow to …"), not another drink. */
const IT_PLANNED = [
  // Not the poison as a tool ("nimeua mende na doom …").
  ` ${READIED} (?:\\p{L}+ ){0,2}?${DRUNK_ONLY} ${NO_FOOD}(?:nitakunywa|nitakunya|ntakunywa|nitaikunywa|ntaikunywa|nitainywa|nitameza|nitaimeza|nitaila)${AT_A_TIME}${NO_DRINK_AFTER}`,
  ` ${READIED} (?:\\p{L}+ ){0,2}?${DRUNK_ONLY} ${NO_FOOD}(?:niikule|niinywe|nataka kuinywa|nataka kuila)(?= |$)`,
  ` ${READIED} (?:\\p{L}+ ){0,2}?${DRUNK_ONLY} ${NO_FOOD}(?:and )?(?:i will|ill|im going to|i am going to|im gonna) (?:drink|swallow) it${WHEN}`,
  ` ${READIED} (?:\\p{L}+ ){0,2}?(?:rat poison|dawa ya panya|sumu ya panya) ${NO_FOOD}(?:and )?(?:i will|ill|im going to|i am going to|im gonna) (?:take|eat) it${WHEN}`,
];
/** Thinking of drinking a named poison, or the mind urging it: active thoughts with a method. */
const THINKING = ` (?:i (?:keep |am |was |have been |ve been )?(?:think(?:ing)? (?:about|of)|imagining|wanting to)|natamani|nawaza sana kuhusu|nafikiria|ninafikiria|nawaza|ninawaza|my mind (?:keeps )?(?:tells|telling) me to|akili (?:yangu )?inaniambia) (?:drinking |drink |swallowing |swallow |kunywa |ninywe |kumeza |nimeze )(?:the |some )?${DRUNK_ONLY}(?= |$)`;
/** After it: a condition ("… if he leaves me" is left to the older cues), cleaning, a spill, a farm job, friends. */
const SPILL = re(
  ' (?:if|unless|ikiwa|kama|hapana|no no|i mean|namaanisha|fire|show|perform\\p{L}*|trick|siphon\\p{L}*|to (?:clean|wash)|\\p{L}*safisha|\\p{L}*fua|\\p{L}*osha|for (?:the )?(?:laundry|toilet|floor|clothes)|na (?:wasee|marafiki|mabeshte|wenzangu|yeye)|with (?:friends|the boys|the guys)|by mistake|by accident|accidentally|kwa makosa|kwa bahati mbaya|bila kujua|spray\\p{L}*|nyunyiz\\p{L}*|for the (?:cows?|goats?|crops|rats|ticks)|to the (?:farm|shamba)) ',
);
const told = { unlessBefore: NOT_OWN_PLAN, unlessWritten: WRITTEN_AS_FORM, selfReferring: true } as const;
const NOT_NOW = new RegExp(`${SPILL.source}|${JOKE_AFTER.source}`, 'u');

export const MEANS_PLANNED_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${[...PLANNED, ...IT_PLANNED].join('|')})`),
    unlessNear: NOT_NOW,
    ...told,
  },
  // Not asked ("ninafikiria kunywa jik? hapana …").
  { tier: 'active', code: 'method', re: re(THINKING), unlessNear: NOT_NOW, ...told, unlessWritten: ASKED_OR_FORM },
];
