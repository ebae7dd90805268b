import { re } from './words.js';

// Patterns of time, intent and the speaker's stance added on 2026-12-01 (RULES.md, seventh session): recovery
// milestones, a past told in weeks, a crisis ruled out, laughter taken back, a plan stated, advice, a quotation taken as
// one's own. patterns.ts re-exports them.

/** A recovery milestone names the act only to count time since it ("10 days clean of self harm", "since I last cut",
 * "the anniversary of my attempt", "without feeling suicidal"): history, not the act itself. */
export const MILESTONE = re(
  ' (?:clean|free) (?:of|from) (?:self harm(?:ing)?|selfharm|cutting|sh) | (?:self harm|selfharm|sh|cutting) free | since i (?:last )?(?:have |had )?(?:self harmed|selfharmed|harmed myself|cut myself|cut) | without (?:any )?(?:self harm(?:ing)?|selfharm|cutting|(?:feeling |being )(?:\\p{L}+ )?suicidal|suicidal (?:thoughts|ideation)) | anniversary of my (?:suicide )?attempt(?:ed suicide)? | since my (?:last )?(?:suicide )?attempt ',
);

/** ... counted in days or weeks: recent enough to follow up. */
export const MILESTONE_RECENT = re(
  ' (?:\\p{N}{1,2}|\\p{L}+) (?:days?|weeks?) | siku (?:\\p{N}{1,2}|chache|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi) | wiki (?:\\p{N}{1,2}|moja|mbili|tatu|nne|chache) ',
);

/** A past told in weeks ("3 weeks ago I was suicidal"): inside the month a screening asks about, so followed up. */
export const WEEKS_AGO = re(
  ' (?:\\p{N}{1,2}|a|one|two|three|four|five|six|seven|eight|a few|few|a couple of|couple of) weeks ago ',
);

/** Ruled out after the cue ("suicide is not an option for me", "killing myself isn't an option"). */
export const RULED_OUT = re(
  '^ (?:(?:would hurt (?:them|him|her|my \\p{L}+)(?: and my \\p{L}+)? )?(?:so|because|since) )?(?:for me |to me |it |its |that |this )?(?:isnt|is not|was not|wasnt|would not be|wouldnt be|is never|is no longer|not|has never been|have never been|never been) (?:really |even )?(?:an option|the answer|a choice|on the table|something i would do) ',
);

/** Saying it is no joke takes the laughter away ("haha im not joking this time"). */
export const SERIOUS = re(
  ' (?:not joking|no joke|not kidding|im serious|i am serious|for real|si joke|sio joke|sio utani|si utani|siko joking|sitanii) ',
);

/** A plan stated in words: with any ideation in the text it is thoughts with a plan (C-SSRS), as a time is. */
export const PLAN_STATED = re(
  ' (?:i (?:have|got|made|make) a plan|(?:i (?:have )?)?(?:made up my mind|decided)(?= $| (?:now|already|tonight|its (?:over|time)|i (?:will|am going to|m going to) (?:do it|end it|kill|die)|to (?:do it|end it|kill|die))\\b)|i have planned|i planned|i (?:have )?chosen (?:the|a) (?:day|date)|nina mpango(?= $| wa ku(?:jiua|jitoa|jimaliza|fa))|niko na plan(?= $| ya ku(?:jiua|jitoa|jimaliza|fa))|(?:nimepanga|nimeamua|nimeshaamua|nimeshapanga|nimedecide|nimeshadecide)(?= $| (?:tayari|siku|tarehe|kila kitu|ku(?:jiua|jitoa|jimaliza|fa)|i (?:am going to|will) (?:end|kill|do it))\\b)|nimechagua siku) ',
);

/** Telling someone else not to kill themself: read as advice, so the learned layer does not guess at it. */
export const ADVICE_SELF_KILL = re(
  ' (?:dont|do not|never|please dont|please do not) (?:ever )?(?:kill|hurt|harm) yourself | usi(?:jiue|jidhuru|jitoe|jimalize) | msi(?:jiue|jidhuru) ',
);

/** Saying one's own words again after a quotation ("that song goes i want to die and honestly same"). */
export const REASSERT = re(' (?:honestly|same|me too|for real|i really|i also|mimi pia|kwa kweli|na mimi) ');
