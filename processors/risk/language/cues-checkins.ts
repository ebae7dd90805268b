import type { Cue } from './patterns.js';
import { re } from './words.js';

// Wordings a blind set of long spoken check-ins showed missing (probes20.jsonl, PROBES.md; read after its first
// scoring): a wish to go on no longer with this life, an attempt gone to and turned back from, means made ready.

export const CHECKIN_CUES: readonly Cue[] = [
  // "sitaki kuendelea na maisha haya tena": not "… maisha haya ya umaskini" (this life of poverty), a wish for change.
  {
    tier: 'passive',
    code: 'wish_to_be_dead',
    negativeForm: true,
    re: re(
      ' sitaki (?:tena )?kuendelea (?:na maisha(?: haya| hii| yangu)?|kuishi)(?= $| tena| kabisa)| (?:dont|do not) want to (?:continue|go on) (?:with )?(?:this|my) life(?= $| any ?more| again)',
    ),
  },
  // The time first ("tomorrow morning i wont be here thats decided"): a wish not to be here, raised by its time as
  // "i wont be here tomorrow" is; not a trip ("… i am travelling to kisumu").
  {
    tier: 'passive',
    code: 'not_here',
    negativeForm: true,
    re: re(
      ' (?:tomorrow|tonight|by tomorrow|next week|kesho|leo usiku)(?: morning| night| evening| asubuhi| usiku| jioni)? i (?:will not|wont|will no longer|am not going to|am not gonna) be (?:here|around)(?= $| (?:anymore|any more|any longer|thats|its|and thats)\\b)',
    ),
  },
  // Gone to do it and turned back ("jumanne jioni nilienda kujiua lakini …", "i went there to kill myself"): an
  // aborted attempt (C-SSRS), whatever stopped it.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' nili(?:enda|kwenda) (?:\\p{L}+ ){0,2}?ku(?:jiua|jinyonga|jimaliza|jitoa uhai) | i went (?:\\p{L}+ ){0,2}?to (?:kill myself|end my life|end it) ',
    ),
  },
  // Stood at a height about to jump and came down: an interrupted or aborted attempt.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' i was (?:going|about) to jump (?:\\p{L}+ ){0,8}?(?:i )?(?:came|got|climbed|stepped) (?:back )?down '),
  },
  // The means ready and the speaker about to use it ("the rope is ready im going to use it tonight"); the cue names its
  // own subject, so "them" (the pills) is no one else.
  {
    tier: 'plan',
    code: 'preparation',
    selfReferring: true,
    re: re(
      ' (?:the|my) (?:rope|pills|tablets|poison|knife|blade) (?:is|are) (?:ready|here|hidden)(?: \\p{L}+){0,3}? (?:im|i am|i will|ill|i) (?:going to |gonna )?use (?:it|them) ',
    ),
    // Medicine, tools and chores told with the same words ("… use them for my headache", "… to cut the meat").
    unlessNear: re(
      ' (?:for|on|to) (?:my |the |a |our )?(?:headache|pain|fever|cough|malaria|flu|cramps|back|tooth|toothache|goats?|cows?|rats|meat|vegetables|onions|garden|fence|luggage|tent|firewood|cut|tie|kill the rats) | as (?:prescribed|the doctor said) ',
    ),
  },
];
