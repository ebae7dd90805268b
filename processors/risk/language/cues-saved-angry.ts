import type { Cue } from './patterns.js';
import { re } from './words.js';

// Wishes to be dead said as anger at being saved or at surviving, as counting the days until one is gone, as not
// feeling like living or wanting to vanish (session 45). Raise only (patterns.ts LATER_CUES).

export const SAVED_ANGRY_CUES: readonly Cue[] = [
  // Counting the days until one is gone; not feeling like living; wanting to vanish, said alone (session 45).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' counting down (?:the )?days (?:until|till|til|to) (?:i am|im|i m|i will be|ill be) (?:gone|dead|no more|done with (?:it all|everything|all of this|all this|life))(?: for good| forever)?(?= $| lol\\b)' +
        '| sijisikii (?:kuendelea )?kuishi(?: tena| kabisa| tu| siku hizi)*(?= $)' +
        '| (?:ningependa|nataka|natamani|nadai) (?:tu )?kutoweka(?: kabisa| milele| duniani| tu)*(?= $) ',
    ),
  },
  // Angry to have been saved or to have survived (session 45): "im angry they saved me", "why did they save me",
  // "nimekasirika waliniokoa"; not "… saved me a seat", "angry that i survived and my brother didnt".
  {
    tier: 'passive',
    code: 'wish_dead',
    // "they" saved the speaker: someone else as subject is no report of them.
    selfReferring: true,
    // Survivor's guilt: saved from an accident, or others who died ("… that i survived but my friend did not").
    unlessSentence: re(
      ' (?:accident|crash|fire|flood|war|attack|ajali|moto) | (?:but|and|while|lakini) (?:my|his|her|our|the|rafiki|mama|baba) (?:\\p{L}+ ){0,2}(?:did not|didnt|died|passed|was killed|hakuweza|alikufa|alifariki) ',
    ),
    re: re(
      ' (?:i am|im|i m|i was|i feel|i felt|i got|i get)(?: so| really| very| still)? (?:angry|mad|upset|furious|annoyed|disappointed) (?:that |at )?(?:they|he|she|someone|somebody|my \\p{L}+|the doctors?|the nurses?|people) (?:saved|rescued|revived|found) me(?= $| (?:in time|yesterday|last night|again|that night)\\b)' +
        '| why did (?:they|you|he|she|god|someone|the doctors?) (?:save|rescue|revive|find) me(?= $| (?:in time|again|that night)\\b)' +
        '| (?:i am|im|i m|i was|i feel|i felt)(?: so| really| very| still)? (?:angry|mad|upset|disappointed) (?:that )?i (?:survived|woke up|am still alive|didnt die|did not die)(?= $| again\\b)' +
        '| (?:saved|rescued|revived) me and i (?:hate|cant forgive|will never forgive) (?:them|him|her) for it' +
        '| (?:nimekasirika|nina hasira|nimeudhika|nimesikitika) (?:kwamba |kuwa )?(?:wali|ali|mli)niokoa(?= $| (?:jana|tena)\\b)| kwa ?nini (?:wali|ali|mli)niokoa(?= $| (?:jana|tena)\\b) ',
    ),
  },
];
