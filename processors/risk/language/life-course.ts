import { onlyWith } from './words.js';

// "Kumaliza maisha yangu" is "to end my life" and also "to live out / finish my life (or a stage of it)" (RULES.md,
// "Ending one's life and living it out"). The present tense and spoken future ("namaliza", "ninamaliza", "ntamaliza
// maisha yangu") were never read. Review 28 broke every reading of them beside other words: a time, despair, a goodbye
// or a means is said of moving, retiring and quitting a habit as often as of dying, and a stage, place or illness named
// beside them is as often the cause of a crisis as a life lived out. So they are read only when said alone or with
// nothing but a time, despair or a goodbye, as "I am ending my life" is in English; beside anything else they stay
// unread, as before, and the learned readings speak for them as they did.

/** Words that leave the cue said alone: a pronoun, fillers, Sheng address. Not "tu": "namaliza maisha yangu tu" is
 * "I am just living out my days" (review 29). */
const ALONE = new Set('mimi sasa jamani bana msee maze aki yaani kabisa'.split(' '));
/** A time, despair or a goodbye said with it and nothing else: "ntamaliza maisha yangu kesho asubuhi". */
const BESIDE = new RegExp(
  ' (?:leo usiku|usiku wa leo|usiku huu|leo|kesho asubuhi|kesho|sasa hivi|wiki hii|wiki ijayo|hii weekend|' +
    'jumamosi|jumapili|ijumaa|mwisho wa mwezi|tonight|kabla (?:ya )?(?:wiki|mwezi|mwaka|weekend) (?:hii |huu )?(?:haijaisha|haujaisha|kuisha|kwisha)|' +
    'nimechoka na (?:kila kitu|maisha)|nimechoka|siwezi tena|' +
    'sitaweza kuvumilia tena|sina sababu ya kuishi|hakuna (?:mtu )?(?:anayejali|atajali)|kwaheri|period|' +
    'once and for all|hakuna kurudi nyuma)(?= )',
  'gu',
);

/** Whether a cue is the present tense or spoken future of "maliza maisha yangu". */
export const presentTense = (cue: string): boolean => /^ (?:na|nina|nta)maliz[ae] maisha yangu $/u.test(cue);

/** Whether the check-in (`whole`: its clauses joined, as the rules read it) says the cue with a time, despair or a
 * goodbye at most. */
export function saidAlone(cue: string, whole: string): boolean {
  return onlyWith(cue, whole, BESIDE, ALONE);
}
