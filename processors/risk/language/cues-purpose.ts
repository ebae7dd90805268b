import type { Cue } from './patterns.js';
import { FORM_COLON, re } from './words.js';

// A substance taken with its purpose told (RULES.md, "Thoughts of suicide said to be strong, a substance taken to
// die"): "i swallowed pills to die", "nilimeza vidonge ili nife". The purpose makes the act an attempt; without it the
// same words are medicine. Raise only.
// Oneself hit, bitten or starved "on purpose" or "to punish myself" was withdrawn: fasts, itches, sport and parenting
// (review 36).

/** Up to two words between a substance and the purpose, none of them turning it round ("… dont want to die", "… for
 * worms to die", "nimekunywa dawa sitaki kujiua"). */
const PURPOSE_GAP =
  '(?: (?!(?:not|dont|do|never|no|fearing|scared|afraid|for|so|because|sitaki|sikutaki|badala|bila)\\b)\\p{L}+){0,2}?';

/** Anywhere in the check-in: a past it is placed in (a year, an age, long ago, healed: the tense reader does not see
 * "took" as past, so a recovery story would page), or a joke. */
const NOT_NOW = re(
  ' (?:haha|hahaha|lol|kidding|joking|utani|\\p{N}{4}|years? (?:ago|back|later)|miaka (?:\\p{L}+ )?(?:iliyopita|mingi)|mwaka jana|last year|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|in form \\p{L}+|kidato|back in (?:high )?school|as a teen(?:ager)?|zamani|long ago|when i was|at the age|age of|at \\p{N}{1,2}|back then|healed|recovered|recovery|nimepona|now i am (?:fine|ok|okay|well|better|good|happy|healed|married|a|an|\\p{N}+)|now im (?:fine|ok|okay|well|better|good|happy)|but now|lakini sasa|sasa (?:niko|nimepona|ni mzima)|god saved me|that was|hiyo ilikuwa|story ya|testimony|ushuhuda|church|kanisani|jesus|yesu|rescued|shared|next bed|play|drama|roleplay|role play|acting|festival|script|scene|accused|q\\p{N}+|item \\p{N}+) ',
);

export const PURPOSE_CUES: readonly Cue[] = [
  // "i swallowed pills to die", "nilimeza vidonge ili nife": a substance the speaker took for the purpose of dying is
  // an attempt; not medicine taken for an illness "to end it", "not to die", "to die down", nor someone else's act.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:i (?:just |then |finally |secretly |quietly )?(?:took|swallowed|drank|downed)|nilimeza|nimemeza|nilikunywa|nimekunywa|nikameza|nikanywa|nikakunywa) (?:\\p{L}+ ){0,3}?(?:pills|tablets|meds|medication|medicine|poison|mapills|vidonge|dawa|tembe|sumu)${PURPOSE_GAP} (?:(?<! too \\p{L}+ )to (?:die(?! (?:down|out|my|nywele|hair)\\b)|kill my ?self|end it all|end my life|end everything)|so (?:that )?i (?:would|could|will|can) (?:die|never wake up(?= $))|ili (?:nife|nijiue|nijimalize|nisiamke)|nife|nijiue|kujiua) `,
    ),
    unlessWhole: NOT_NOW,
    unlessWritten: new RegExp(FORM_COLON, 'u'),
    unlessBefore: re(
      ' (?:said|says|say|told|tells|texted|wrote|writes|testified|think|thinks|thought|if|whether|aliandika|aliniandikia|akaniambia|aliniambia|akasema|alisema|anasema|ananiambia|ameniambia|shuhuda|eti|kama) ',
    ),
  },
];
