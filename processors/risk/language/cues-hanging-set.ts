import type { Cue } from './patterns.js';
import { HANG_POINT, LIGATURE_GUARDS, STRICT } from './cues-ligature.js';
import { NOT_OWN_PLAN } from './planned-words.js';
import { re } from './words.js';

// A hanging set up, a noose made, a means made ready or kept to end it, a rescue from hanging (session 31, reviews 114
// to 117): "i tied a rope to the beam and stood on a chair", "nimefunga kamba darini naisubiri tu siku", "nimeandaa
// kamba chumbani", "i keep the wire in my drawer so i can do it any time i want", "found me hanging from the rafter".
// Red teams 115 and 116: a sign anywhere in the check-in ("for me", "came in", "snapped") raised balloons tied to a
// fan, hiding poison from children, a noose knot for a bucket, "found me hanging pictures", "so i can shave whenever";
// only strong signs now count (the body, a chair, someone walking in, a day waited for), and no purpose after the hang
// point. Raise only.

/** Strong signs only: read in the whole check-in, since "lakini" or "but" often starts the clause that tells them. */
const SIGN_AFTER =
  '(?:(?:and |then )?(?:stood|stepped|climbed) on (?:a |the )?(?:chair|stool|bucket)(?! to )|put my (?:neck|head) (?:in|through)|(?:around|round) my neck|(?:my|a|the) \\p{L}+ walked in(?! (?:to|with)(?= ))|walked in on me|before i could (?:kick|step|jump|do it|do anything|finish)|it is (?:ready|waiting) for me|ready for when i decide|for when i decide|nikasimama (?:juu ya|kwenye) (?:kiti|ndoo)|nikaweka (?:shingo|kichwa)|naisubiri (?:tu )?siku|inanisubiri|inaningoja|for the day i decide|nikiamua)';
const SET_UP = [
  ` i (?:\\p{L}+ )?(?:tied|hung|fixed|fastened|looped|hooked|attached) (?:a |the |my |an |some )?${STRICT}(?: together)? (?:to|on|from|over|onto|around|kwa|kwenye)(?: the| a| our| my)? (?:\\p{L}+ )?${HANG_POINT}(?![\\p{L}])(?!(?: \\p{L}+){0,3}? (?:to|for|so(?! (?:it is|its|that it is) (?:ready|waiting))|because|while)(?! (?:die|end|hang))(?= ))`,
  ` (?:nili|nime|nilisha|nimesha|nisha|nika|niki)(?:ji)?(?:funga|tundika|set|seti|hang) (?:${STRICT})(?! (?:ya|wa|za|la|cha)(?= ))(?: (?:kwenye|kwa|juu ya|katika|on|to|kw))? (?:\\p{L}+ )?${HANG_POINT}(?![\\p{L}])(?!(?: \\p{L}+){0,3}? (?:to|for|kwa ajili ya|ku\\p{L}+)(?! (?:die|end|hang|kujinyonga|kujiua))(?= ))`,
  ` i (?:tested|checked)(?: \\p{L}+){0,6}? (?:would|could|can|will) hold my weight(?: with (?:a |the |my )?(?:${STRICT}))?(?= |$)`,
];
/** A rope or poison made ready, with its use by the speaker told right after, or a chair beside it. */
const READY_SW = '(?:nime|nili|nimesha|nilisha|nisha|nika)(?: ?)(?:andaa|tayarisha|set|seti|prepare)';
const MADE_READY = [
  ` ${READY_SW} (?:sumu|poison)(?: tayari| ready)? (?:nitakunywa|nitainywa|ninywe|niinywe) (?:leo|usiku|kesho|tonight|wakati wowote|siku yoyote)(?= |$)`,
  ` ${READY_SW} (?:kamba|rope|kitanzi)(?: tayari| ready)? (?:nitaitumia|nitajinyonga|niitumie) (?:leo|usiku|kesho|tonight|wakati wowote|siku yoyote)(?= |$)`,
  ` ${READY_SW} (?:kila kitu )?(?:kamba|rope|kitanzi)(?! (?:ya|wa|za|la|cha)(?= ))(?: iko)?(?: (?:yangu|tayari|ready))? (?:chumbani|chini ya kitanda|kwa bedroom|kwa room|ya kujinyonga|na kiti)(?= $| (?:leo|usiku|tayari|ready|halafu|alafu)(?= |$))`,
  ` ${READY_SW} (?:kamba|rope)(?: tayari| ready)? (?:halafu|alafu|then|na) (?:ghafla )?(?:nikaificha|nimeificha|kuificha|hid it)(?= |$)`,
  ` ${READY_SW} kila kitu (?:kamba|rope) (?:na )?(?:kiti|chair|stool)(?! (?:kwa|for) (?:ajili ya )?(?:sherehe|party|harusi)(?= ))`,
  ` i (?:have )?prepared everything the (?:rope|noose) (?:and )?the (?:chair|stool)`,
];
/** A means kept to end it, or until a decision to ("so i know i can end it whenever i want", "niinywe wakati wowote"). */
/** "so i can do it any time" is shaving after a razor or a blade: only the other means. */
const MEANS_NOT_A_BLADE = '(?:gun|rope|noose|wire|cable|cord|sleeping pills|poison|pesticide|sumu|kamba|waya|bunduki)';
const MEANS = `(?:${MEANS_NOT_A_BLADE}|razor|blade)`;
const ANY_TIME =
  '(?:whenever|any ?time|when ever|wakati wowote|siku yoyote)(?= $| (?:i want|i like|i choose|i decide|nikitaka|nikiamua|i am ready|im ready)(?= |$))';
/** A means named by its job ("rope for the fence", "kamba ya kuruka", "jump rope") is that job's. */
const FOR_A_JOB = '(?! (?:for|ya|za|wa|to|kwa)(?= ))';
const AT_HAND = [
  ` (?<!(?:jump|skipping|climbing) )${MEANS}${FOR_A_JOB}(?: \\p{L}+){0,12}? (?:so|ili|so that|knowing|so i know)(?: that)? (?:i (?:can|could)|naweza|niweze|naeza) (?:end it(?: all)?|use it on my ?self|kujiua|nijiue)(?: \\p{L}+)? ${ANY_TIME}`,
  ` (?<!(?:jump|skipping|climbing) )${MEANS_NOT_A_BLADE}${FOR_A_JOB}(?: \\p{L}+){0,12}? (?:so|ili|so that|knowing|so i know)(?: that)? (?:i (?:can|could)|naweza|niweze|naeza) (?:do it|kufanya hivyo)(?: \\p{L}+)? ${ANY_TIME}`,
  ` (?:sumu|poison|pesticide|rat poison)(?: \\p{L}+){0,6}? (?:niinywe|nijiue)(?: tu)? (?:wakati wowote|siku yoyote)(?= |$)`,
  ` (?<!(?:jump|skipping|climbing) )(?:${MEANS}|pills|tablets|vidonge)${FOR_A_JOB}(?: \\p{L}+){0,12}? (?:so|knowing|to know|so i know|ili nijue)(?: that)? (?:i (?:can|could)|naweza|ningeweza) (?:end it(?: all)?|end (?:my|this) life|kill my ?self|hang my ?self|use it on my ?self|kujiua|kujinyonga|kujimaliza)(?= $| (?:whenever|any ?time|when i (?:want|decide|am ready|feel)|once i|tonight|wakati wowote)(?= ))`,
  ` ${MEANS}${FOR_A_JOB}(?: \\p{L}+){0,8}? (?:endapo nitaamua|in case i decide|nikiamua (?:kujiua|kufa|kujinyonga|kuifanya|kufanya hivyo)|ikiwa leo ndio siku|kama leo ndio (?:leo|siku)|for when i decide)(?= |$)`,
  ` (?:bought|have|got|kept|keeping|keep|nilinunua|nimenunua|nimeweka) (?:\\p{L}+ ){0,3}?(?<!(?:jump|skipping|climbing) )(?:rope|kamba|noose|poison|sumu)${FOR_A_JOB}(?: \\p{L}+){0,7}? (?:it is for me|its for me|is for me|keeping it for me|ni kwa ajili yangu(?: mwenyewe)?|ni yangu mwenyewe)(?= $| (?:now|sasa|right now|tonight|leo)(?= |$))`,
];
/** Found hanging, cut down: a rescue from hanging, with the cord or the beam told. */
const FOUND_HANGING = ` (?:found|caught) me hanging(?= $| (?:from (?:the |a |my )?(?:\\p{L}+ )?(?:beam|rafters?|ceiling(?: fan)?|fan|tree|roof|hook|door frame|rope|belt)|in (?:the|my) (?:room|bedroom|garage|toilet|bathroom|store)|there|last night|yesterday|this morning|and (?:cut|lifted|took)|by (?:a|the|my) (?:rope|belt|cord|scarf|sheet|neck))(?= |$))`;
const CUT_DOWN = ` cut me down(?! (?:to|from the (?:stage|bus|matatu|ladder)|in front|at|infront|a peg|to size)(?= ))| (?:ali|wali|a|wa)ni ?cut down(?= |$)`;
const HANGING = re(
  ' (?:rope|noose|cord|cable|belt|rafters?|beam|kamba|waya|boriti|dari|kitanzi|nimejitundika|nilipokuwa nimejitundika|nilijitundika|kujinyonga|nilijinyonga|hanged|hung my ?self) ',
);
/** A noose made or tied with nothing after but a time, its readiness or where it hangs ("… it is hanging in the back
 * room"); not a loop for a bucket, a snare or a church play. Swahili "kitanzi" is also a coil fitted by a nurse. */
const NOOSE = ` i (?:\\p{L}+ )?(?:tied|made|prepared|set up|fixed) (?:a |the |my )noose(?= $| (?:last night|yesterday|today|this morning|tonight|already|and (?:it is|its) ready|and hid it|and tied it to (?:the |a )?(?:\\p{L}+ )?${HANG_POINT}|it is hanging|for me|for myself|in my room)(?= |$))| (?:nime|nilisha|nimesha|nisha)(?:funga|tengeneza|andaa|tayarisha) kitanzi (?:kinaning.?inia|darini|kwenye (?:dari|boriti)|chumbani kwangu|kwa ajili yangu)`;

export const HANGING_SET_CUES: readonly Cue[] = [
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${[NOOSE, ...MADE_READY, ...AT_HAND].join('|')})`),
    selfReferring: true,
    unlessNear: new RegExp(
      `${LIGATURE_GUARDS.unlessNear.source}| (?:knot|knots|scouts?|sailing|rabbits?|sungura|chickens?|kuku|trap|snare|mtego|drama|sherehe|party|fence|kujenga) `,
      'u',
    ),
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}| (?:nurse|daktari|doctor|clinic|kliniki|mimba) `, 'u'),
    unlessWritten: LIGATURE_GUARDS.unlessWritten,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${SET_UP.join('|')})`),
    onlyWhole: re(` ${SIGN_AFTER} `),
    selfReferring: true,
    ...LIGATURE_GUARDS,
  },
  { tier: 'behaviour', code: 'attempt_stopped', re: re(FOUND_HANGING), selfReferring: true, ...LIGATURE_GUARDS },
  { tier: 'behaviour', code: 'attempt_stopped', re: re(CUT_DOWN), onlyWhole: HANGING, ...LIGATURE_GUARDS },
];
