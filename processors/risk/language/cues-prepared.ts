import type { Cue } from './patterns.js';
import { DAYS, JOKE_AFTER, NOT_OWN_PLAN, POISON, SIKU } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Preparations told with no word of suicide (review 109, blind: 32 of 150 found): a named poison tried, a poison or a
// rope kept "for myself" or denied its everyday use ("not for the rats", "sio ya mbuzi"), hidden "for tonight", a place
// chosen or gone to "and not coming back", a day named as "the day". Raise only (LATER_CUES).

/** A named household poison or the general words, with "the"/"ile"/"hiyo" before it. */
const POISON_WORD = `(?:${POISON}|poison|sumu|pesticide|dawa ya kuua wadudu)`;
const THE = '(?:(?:the|that|some|ile|hiyo|hii) )?';
const ANY_POISON = `${THE}${POISON_WORD}`;
/** Its everyday use denied: the poison or the rope is not for pests, crops, cleaning, the goat or the washing. */
const NOT_FOR_EVERYDAY =
  "(?:(?:it is |its |ni )?(?:not|sio|siyo|si) (?:for|ya|kwa|ya ku\\p{L}+|kwa ajili ya) (?:the )?(?:rats?|panya|mende|cockroach\\p{L}*|pests?|wadudu|crops?|mimea|mahindi|maize|beans|shamba|farm|cleaning|kusafisha|kuosha|washing|toilet|choo|goats?|mbuzi|cows?|ng'?ombe|clothes|nguo|kuanika))";
/** Kept for oneself: "for myself", "ni yangu (mwenyewe)", "ni ya mimi". */
const FOR_MYSELF = '(?:for myself|for me not|ni yangu(?: mwenyewe)?|ni ya mimi(?: mwenyewe)?|ni ya kwangu)';
/** Kept until the time: "until i need it", "for when it gets too much", "kwa siku itakapozidi". */
const FOR_THE_TIME =
  '(?:until i need it|for when (?:it gets|things get|i am|im) (?:too (?:much|bad)|ready)|mpaka nitakapo\\p{L}+|kwa siku itakapozidi|for the day it gets too much)';
/** Tonight, for a poison hidden (not kept: a lamp's paraffin, a trap set at night). */
const TONIGHT =
  '(?:for tonight|for later tonight|kwa ajili ya usiku(?: wa leo| huu)?|ni ya usiku(?: wa leo| huu)|ya usiku huu)';
/** Not lamp fuel: kept for the night it lights a lamp. */
const KEPT_POISON = `${THE}(?!paraffin|kerosene|mafuta ya taa)${POISON_WORD}`;
const POISON_KEPT = [
  ` ${ANY_POISON}(?: \\p{L}+){0,8}? (?:${NOT_FOR_EVERYDAY}|${FOR_MYSELF})`,
  ` (?:i (?:have )?(?:hid|hidden|kept|keep|put)|i am keeping|nime(?:i)?ficha|nimeiweka|nimeikeep|nimeweka|nimehifadhi|naiweka)(?: \\p{L}+){0,3}? ${KEPT_POISON}(?: \\p{L}+){0,8}? ${FOR_THE_TIME}`,
  ` ${KEPT_POISON}(?: \\p{L}+){0,3}? (?:nime(?:i)?ficha|nimeiweka|nimeikeep|i (?:have )?(?:hid|hidden|kept))(?: \\p{L}+){0,8}? ${FOR_THE_TIME}`,
  // Hidden, then tonight: "nimeificha chini ya kitanda kwa ajili ya usiku wa leo", "… nimeificha kwa bed ni ya usiku huu".
  ` (?:${KEPT_POISON}(?: \\p{L}+){0,4}? )?(?:nime(?:i)?ficha|nimeificha|i (?:have )?(?:hid|hidden) (?:it|the \\p{L}+))(?: \\p{L}+){0,5}? ${TONIGHT}`,
];
/** A rope bought or tied, its everyday use denied or tied in a room. */
const ROPE = '(?:(?:a|the|my|ile|hiyo) )?(?:rope|kamba)';
const ROPE_READY = [
  ` ${ROPE}(?: \\p{L}+){0,6}? ${NOT_FOR_EVERYDAY}`,
  ` (?:i (?:have )?(?:tied|fixed|hung)|nime(?:sha)?funga|nimeifunga|nimeshaifunga) ${ROPE}(?: (?:already|tayari))? (?:in|on|kwenye|kwa) (?:the |my )?(?:back room|room|bedroom|rafters?|beam|ceiling|chumba(?: cha nyuma)?|room ya nyuma)(?= |$)`,
];
/** A place chosen, or gone to with no return ("i am going to the forest on saturday and i am not coming back"). */
const PLACE =
  '(?:river|bridge|railway|railway line|forest|lake|dam|cliff|tracks|mto|mtoni|daraja|darajani|reli|relini|msitu|msituni|ziwa|ziwani|bwawa)';
/** Not a place chosen for others or an event ("… the spot by the river for our family picnic", review 112). */
const FOR_AN_EVENT =
  '(?!(?: \\p{L}+){0,8}? (?:for (?:our|the|my|a) (?:family|picnic|wedding|party|church|meeting|event|harambee|business|shop|plot|house|farm|kids|children)|picnic|wedding|harusi|party|sherehe|church|kanisa|to build|kujenga|business|biashara|plot|photos?|picha)(?= |$))';
const PLACE_CHOSEN = [
  ` i (?:have )?(?:chosen|chose|picked|found) (?:the )?(?:place|spot|bridge|river|tree)${FOR_AN_EVENT}(?= |$)`,
  ` (?:nime(?:sha)?chagua|nimepick|nimepata) (?:mahali|place|pahali|sehemu)${FOR_AN_EVENT}(?= |$)`,
  ` (?:i am going|im going|i will go|ill go|naenda|nitaenda|nitakwenda) (?:to (?:the )?)?(?:${PLACE})(?: \\p{L}+){0,4}? (?:and (?:i am |im |i will )?(?:not|never) (?:coming|come) back|na sitarudi|sitarudi tena|and never return)(?= |$)`,
];
/** "Friday is the day i have decided", "tonight is the night for me", "usiku wa leo ndio usiku wenyewe". */
const THE_DAY = [
  // Decided, or "for me": a bare "friday is the day!" is a wedding, a trip or an exam.
  ` (?:${DAYS}|tonight|tomorrow) is the (?:day|night) (?:for me|i have decided|i decided|nimeamua|nimeshaamua)(?= |$)`,
  ` (?:${SIKU}|leo|kesho|usiku wa leo|friday) (?:ndiyo|ndio|ndo) (?:siku|usiku)(?: (?:yenyewe|wenyewe))? (?:nimeamua|nimeshaamua)(?= |$)`,
];
/** A named household poison tried ("i tried to drink jik yesterday"). */
const TRIED = [
  ` i (?:tried|attempted|was about) to (?:drink|swallow|take) ${ANY_POISON}(?= |$)`,
  ` (?:nilijaribu|nimejaribu|nilitaka kujaribu) (?:ku)?(?:kunywa|kumeza|meza) ${ANY_POISON}(?= |$)`,
];
/** Not said now: a story, a lesson, someone else's, a joke; an animal, the washing or a farm job for the rope. */
const NOT_MINE = re(
  ' (?:story|hadithi|film|movie|drama|song|wimbo|insha|essay|lesson|class|darasa|if|kama|joke|utani|news|habari|police|polisi) ',
);
/** After it: kept from the children, safe, the power off, the rats at night, the iron sheets. */
const KEPT_SAFE = re(
  ' (?:watoto wasi\\p{L}+|from the (?:kids|children)|away from|so (?:the )?(?:kids|children)|wasione|safe|salama|power|stima|taa|lamp|light|giza|rats come|panya wanakuja|mabati|iron sheets|upepo|wind) ',
);

export const PREPARED_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${[...POISON_KEPT, ...ROPE_READY, ...PLACE_CHOSEN, ...THE_DAY].join('|')})`),
    unlessNear: new RegExp(`${JOKE_AFTER.source}|${KEPT_SAFE.source}`, 'u'),
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${NOT_MINE.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    selfReferring: true,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${TRIED.join('|')})`),
    unlessNear: JOKE_AFTER,
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${NOT_MINE.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
  },
];
