import type { Cue } from './patterns.js';
import { WRITTEN_AS_FORM, anySpaces, re } from './words.js';

// Rat poison bought, then said not to be for rats (session 38, red teams 162 and 163): "bought rat poison on my way from
// work. its not for rats", "sumu ya panya nimeinunua lakini si kwa ajili ya panya". Each was low or medium: the means
// readings take pests as the everyday reason, and here the person names it only to deny it. Raise only (LATER_CUES).

const POISON = '(?:rat poison|poison|sumu(?: ya panya)?|dawa ya (?:kuua )?panya)';
const BOUGHT = '(?:bought|got|i have|ive|nimenunua|nimeinunua|niliinunua|nilinunua|nimepata|niko na|nina)';
const NOT_FOR =
  '(?:(?:but |lakini |ila )?(?:its |it is |it s |sio |si |haiko |haipo )?not for (?:the |any )?(?:rats|mice|pests)|(?:lakini |ila |but )?(?:si|sio|haiko|haipo|haitakuwa) (?:kwa ajili ya|ya|for) panya)(?! (?:but|bali|ni ya|its for) )';

const HAD = ` (?:${BOUGHT} (?:some |the )?${POISON}|${POISON} ${BOUGHT})`;

export const NOT_FOR_PESTS_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`${HAD}(?= |$)`),
    // The denial often stands in the next clause or sentence ("… from work. its not for rats").
    onlyWhole: re(anySpaces(`${HAD}(?: [\\p{L}\\p{N}]+){0,6}? ${NOT_FOR}(?= |$)`)),
    // Other pests said instead: "… its not for rats, its for the cockroaches".
    unlessWhole: re(
      ' (?:cockroach\\p{L}*|mende|mice|moles?|ticks|kupe|mbu|mosquito\\p{L}*|weeds|wadudu|insects|termites|mchwa|crops|kuku|chickens) ',
    ),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
