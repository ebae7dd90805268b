import { re } from './words.js';

// Patterns of intent and the speaker's stance added on 2026-12-01 (RULES.md, seventh session): laughter taken back, a
// plan stated, a quotation taken as one's own. patterns.ts re-exports them.

/** Saying it is no joke takes the laughter away ("haha im not joking this time"). */
export const SERIOUS = re(
  ' (?:not joking|no joke|not kidding|im serious|i am serious|for real|seriously|si joke|sio joke|sio utani|si utani|siko joking|sitanii|sio mzaha|si mzaha|si mchezo|sio mchezo|siyo mzaha|lakini kweli) ',
);

/** A plan stated in words: with any ideation in the text it is thoughts with a plan (C-SSRS), as a time is. */
export const PLAN_STATED = re(
  ' (?:i (?:have|got|made|make) a plan|(?:i (?:have )?)?(?:made up my mind|decided)(?= $| (?:now|already|tonight|its (?:over|time)|i (?:will|am going to|m going to) (?:do it|end it|kill|die)|to (?:do it|end it|kill|die))\\b)|i have planned|i planned|i (?:have )?chosen (?:the|a) (?:day|date)|nina mpango(?= $| wa ku(?:jiua|jitoa|jimaliza|fa))|niko na plan(?= $| ya ku(?:jiua|jitoa|jimaliza|fa))|(?:nimepanga|nimeamua|nimeshaamua|nimeshapanga|nimedecide|nimeshadecide)(?= $| (?:tayari|siku|tarehe|kila kitu|ku(?:jiua|jitoa|jimaliza|fa|vimeza|zimeza)|i (?:am going to|will) (?:end|kill|do it))\\b)|nimechagua siku|nime(?:sha)?(?:pata|nunua|andaa|ficha|weka|tayarisha) (?:\\p{L}+ ){0,2}?(?:sumu|kamba|vidonge|tembe|kisu)(?! (?:ya|za|vya|kwa|for|of)\\b)|nime(?:sha)?weka kila kitu tayari(?! (?:kwa|for)\\b)|i (?:have |ve )?(?:written|wrote) (?:goodbye )?letters? to (?:my|each of my) (?:children|kids|family|wife|husband|mother|mum|mom|parents)|(?:nimeshaandika|nimeandika) (?:will|wosia)|nime(?:sha)?jiandaa(?= $| (?:kufa|kuondoka|kwenda|nimefunga)\\b)|(?:ndio|ndiyo) nita(?:vi|zi)meza|(?:already )?(?:have|got|bought|have bought) (?:the |some |a )?(?:poison|rope|pills|tablets|knife|gun)(?= $| with me| ready| here| in my hand\\b)|(?:said|say) goodbye to (?:everyone|everybody|all of you|my family|the world)|nimeandika wosia|nimegawa (?:nguo|vitu|mali) (?:zangu|vyangu)|nimewaaga (?:wote|marafiki|familia)|nimeshaficha (?:vidonge|dawa|sumu|kamba)|nimeshapata kila kitu) ',
);

/** Saying one will act on the thoughts told beside it ("i want to die and i am going to do it"): intent (C-SSRS 4);
 * not wondering whether one will ("idk if or when i am going to do it"). */
export const INTENT_STATED = re(
  '(?<! (?:if|whether|when|idk|know|wonder|wondering)) i (?:am going to|m going to|am gonna|m gonna|will|intend to|fully intend to|am about to|plan to|am planning to) (?:just |actually |really )?(?:do it|go through with it)(?= $| (?:tonight|today|tomorrow|soon|now|this|and|but|so|when|after|before)\\b) ',
);

/** Saying one's own words again after a quotation ("that song goes i want to die and honestly same"). */
export const REASSERT = re(' (?:honestly|same|me too|for real|i really|i also|mimi pia|kwa kweli|na mimi) ');
