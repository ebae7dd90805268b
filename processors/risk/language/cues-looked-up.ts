import type { Cue } from './patterns.js';
import { NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Ways to do it looked up, in Swahili and Sheng (review 108): "nimekuwa nikisoma makala kuhusu jinsi ya kujiua",
// "nimekuwa nikitafuta habari kuhusu jinsi ya kujiua usiku wa leo" — the preparatory act the older English cue reads
// ("googling how to kill myself", cues-speech.ts). Not how it affects a family or how to prevent it. Raise only.

/** The speaker reads, searches or watches: first person, any tense. */
const LOOKED =
  '(?:(?:nimekuwa |nilikuwa )?(?:niki|na|nina|nime|nili|ni)(?:soma|tafuta|google|search|angalia|sikiliza|uliza)\\p{L}*)';
const HOW = '(?:jinsi|namna|njia|mbinu) (?:ya|za) (?:kujiua|kujitoa uhai|kujimaliza|kujinyonga|kufa haraka)';

export const LOOKED_UP_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'preparation',
    re: re(` ${LOOKED} (?:\\p{L}+ ){0,4}?(?:kuhusu )?${HOW}(?= |$)`),
    // How it affects others, how it is prevented or recognised: a topic.
    unlessNear: re(
      ' (?:inavyo\\p{L}*|kunavyo\\p{L}*|athari|huathiri|kuathiri|affect\\p{L}*|kuzuia|kusaidia|dalili|takwimu|statistics) ',
    ),
    unlessBefore: NOT_OWN_PLAN,
    unlessWritten: WRITTEN_AS_FORM,
  },
];
