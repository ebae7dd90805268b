import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt denied, then a means or a readiness after a "but" (session 31, red teams 120, 121): "no i never tried to
// kill myself thank god but the rope is ready", "i never tried to kill myself although i have the rope", "sijawahi
// kujaribu kujiua lakini nina sumu". The older rules read the denial and nothing after it (low). Raise only.

/** "i never tried to …", "sijawahi kujaribu …": the denial itself, read as the cue. */
const DENIED =
  ' (?:never|not|havent|didnt|sijawahi|sikuwahi)(?: \\p{L}+){0,2}? (?:tried|try|attempted|jaribu|kujaribu)(?: to)? (?:kill|end|hurt|harm|overdose|hang|cut|ku\\p{L}+)';
/** After a contrast, within a few words: a means kept or ready, or being ready, wanting to, thinking about it. */
const BUT_THEN = re(
  ' (?:but|though|although|however|still|yet|lakini|ila|bt|bat|buh|lkn|lakin)(?: \\p{L}+){0,6}? (?:(?:the |a |my )?(?:noose|rope|pills|tablets|poison|ratoxin|rat poison|razor|blades|sumu|kamba|vidonge|means)(?= (?:is|are|iko|ziko|ready|tayari|in my|under my|hidden|nimeficha)(?= ))|i (?:have|got|bought|keep) (?:the |a |some )?(?:noose|rope|pills|tablets|poison|ratoxin|rat poison|razor|blades|means)|nina (?:sumu|kamba|vidonge)(?! (?:ya|za|vya|wa)(?= ))|(?:im|i am) ready(?= ?$| (?:now|to go)(?= |$))|niko tayari(?= ?$)|i want to(?: (?:die|do it|end it))?(?= ?$)|nataka(?: kufa| kujiua)?(?= ?$)|i think about it|nafikiria(?: kujiua)?(?= ?$)|(?:tomorrow|kesho) (?:is the day|ndio siku|nitafanya))(?= |$)',
);

export const DENIAL_BUT_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(DENIED),
    onlyWhole: BUT_THEN,
    unlessNear: JOKE_AFTER,
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
];
