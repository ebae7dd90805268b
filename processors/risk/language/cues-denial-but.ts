import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt denied, then a means or a readiness after a "but" (session 31, red teams 120, 121): "no i never tried to
// kill myself thank god but the rope is ready", "i never tried to kill myself although i have the rope", "sijawahi
// kujaribu kujiua lakini nina sumu". The older rules read the denial and nothing after it (low). Raise only.

/** "i never tried to …", "sijawahi kujaribu …": the denial itself, read as the cue. */
const DENIED =
  ' (?:never|not|havent|didnt|sijawahi|sikuwahi)(?: \\p{L}+){0,2}? (?:tried|try|attempted|jaribu|kujaribu)(?: to)? (?:kill|end|hurt|harm|overdose|hang|cut|ku\\p{L}+)';
/** After a contrast, within a few words: a means kept or ready (not for a job: "… i have pills for my headache"), being
 * ready, wanting to, thinking about it. The check-in ends in two spaces (its clauses' own and onlyWhole's). */
const CONTRAST = ' (?:but|though|although|however|still|yet|lakini|ila|bt|bat|buh|lkn|lakin)(?: \\p{L}+){0,6}? ';
const BUT_THEN = re(
  `${CONTRAST}(?:(?:the |a |my )?(?:noose|rope|pills|tablets|poison|ratoxin|rat poison|razor|blades|sumu|kamba|vidonge|means)(?= (?:is|are|iko|ziko|ready|tayari|in my|under my|hidden|nimeficha)(?= ))|i (?:have|got|bought|keep) (?:the |a |some )?(?:noose|rope|pills|tablets|poison|ratoxin|rat poison|razor|blades|means)(?! (?:for|from|of|to|that|which|because|prescribed|the doctor)(?= ))|nina (?:sumu|kamba|vidonge)(?! (?:ya|za|vya|wa)(?= )))(?= |$)`,
);
/** Readiness, wanting or thinking after the contrast only where the denial named one's own death (red team 125:
 * "sijawahi jaribu kuogelea lakini niko tayari", "i have never tried to hang glide but i am ready"). */
const BUT_READY = re(
  `${CONTRAST}(?:(?:im|i am) ready(?= *$| (?:now|to go)(?= |$))|niko tayari(?= *$)|i want to(?: (?:die|do it|end it))?(?= *$)|nataka(?: kufa| kujiua)?(?= *$)|i think about it|nafikiria(?: kujiua)?(?= *$)|(?:tomorrow|kesho) (?:is the day|ndio siku|nitafanya)(?= *$| (?:to die|i die|i end it|i do it|i go|nife|nitajiua)(?= |$)))(?= |$)`,
);

/** With no contrast: one's own death denied, then only "tomorrow is the day" to the end ("i never tried to kill
 * myself tomorrow is the day"); red team 123: "… to cut my dreadlocks tomorrow is the day" is no denial of it. */
const DENIED_SELF =
  ' (?:never|not|havent|didnt|sijawahi|sikuwahi)(?: \\p{L}+){0,2}? (?:tried|try|attempted|jaribu|kujaribu)(?: to)? (?:(?:kill|hang|hurt|harm) my ?self|end my life|take my life|overdose|kujiua|kujinyonga|kujiumiza|kujidhuru|kujimaliza)';
const THEN_THE_DAY = re(
  `^ +(?:no +|nope +|hapana +)?(?:i +)?(?:have +)?${DENIED_SELF.trim()}(?: +(?:before|yet|bado|kabla))? +(?:but +|lakini +)?(?:tomorrow|tonight|kesho|leo usiku) +(?:is the day|ndio siku)(?: nitafanya)? *$`,
);

/** An attempt denied or played down ("i didnt try anything", "i would never hurt myself", "sijajaribu chochote", "si
 * nilijaribu"), then "just" or "only" and a means kept, hidden or bought for it (review 124: "… i just keep the rope
 * ready under the mattress", "… its just that i bought rat poison and hid it in the ceiling", "… ila nimeficha sumu
 * kwa dari"), or the attempt itself played down ("… just the pills last month that landed me in ward seven"). */
const DENIED_ANY = `(?:${DENIED}|${DENIED_SELF}| (?:didnt|did not|never|havent|have not) (?:try|tried|attempt|attempted)(?: anything(?: serious)?)?(?= )| (?:would|will) never (?:hurt|harm|kill) my ?self| (?:sijajaribu|sijawahi jaribu|sikujaribu) (?:chochote|kitu)| si nilijaribu(?= (?:ni vile|ila|lakini|ni|$)))`;
const MEANS_HELD =
  '(?:(?:keep|have|kept|hid|hidden|bought|got) (?:the |a |some |my )?(?:noose|rope|poison|rat poison|jik|pesticide|razor|blade|pills|tablets)(?: \\p{L}+){0,3}? (?:ready|hidden|and hid (?:it|them)|to be ready|(?:in|under) (?:the|my) (?:ceiling|mattress))|(?:nimeficha|nimeweka) (?:sumu|kamba|vidonge|rope)(?: ready| tayari)? (?:kwa|kwenye|chini ya) \\p{L}+|nina (?:sumu|kamba|rope) (?:kwa|kwenye|chini ya) \\p{L}+)';
const PLAYED_DOWN = re(
  ` (?:just|only|its just that|it is just that|ila|ni vile tu)(?: i| that i)?(?: \\p{L}+){0,2}? ${MEANS_HELD}(?: (?:under|in|kwa|chini ya) (?:the |my )?\\p{L}+(?: yangu| ya \\p{L}+)?)? *$| (?:just|only|it was only|it was just) the (?:pills|tablets|jik|bleach|poison|rat poison)(?: i (?:took|drank|swallowed)(?: (?:on|last) \\p{L}+)?| (?:last (?:month|week) )?that landed me in (?:hospital|the hospital|ward(?: \\p{L}+)?|icu)) *$`,
);

/** The denial as the cue, read only where the whole check-in says what follows it; said by the speaker, typed plainly. */
const guards = OWN_WORDS;
const denial = (denied: string, onlyWhole: RegExp): Cue => ({
  tier: 'plan',
  code: 'preparation',
  re: re(denied),
  onlyWhole,
  ...guards,
});

export const DENIAL_BUT_CUES: readonly Cue[] = [
  denial(DENIED, BUT_THEN),
  // "… tomorrow is the day" ends the check-in right after the denial: no joke or errand can stand between.
  {
    tier: 'plan',
    code: 'preparation',
    re: re(DENIED_SELF),
    onlyWhole: THEN_THE_DAY,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  denial(DENIED_ANY, PLAYED_DOWN),
  denial(DENIED_SELF, BUT_READY),
];
