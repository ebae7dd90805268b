import type { Cue } from './patterns.js';
import { NOT_OWN_PLAN, POISON } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt told by what came after it (review 110, blind): pills or a poison swallowed and then the hospital ("i
// swallowed a whole packet of my mothers sleeping pills and they took me to the hospital", "jana nilimeza pills zote
// nikaamka kwa hosi", "nimetoka hospitali leo baada ya kumeza vidonge vingi"), or stopped by someone at the water, the
// bridge or with the bottle ("my friend grabbed the bottle of jik from me", "alininyang'anya kamba"). Raise only.

const SWALLOWED =
  '(?:i (?:have |had )?(?:took|taken|swallowed|drank|drunk|downed|overdosed on)|(?:nili|nime|nika)(?:meza|kunywa|nywa|overdose))';
const WHAT = `(?:pills|tablets|tabs|meds|medicine|panadol|piriton|sleeping pills|vidonge|tembe|dawa|mapills|sumu|poison|${POISON})`;
/** Then the hospital: taken, rushed, woken or found there ("they took me to the hospital", "nikaamka kwa hosi"). */
const HOSPITAL =
  '(?:(?:and |then |na )?(?:they |my \\p{L}+ |someone |wakani|walini|alini|nika|nili)?(?:took|rushed|brought|carried|pelek\\p{L}*|kimbiz\\p{L}*|woke up|amka|ended up|jipata|jikuta)(?: me)? (?:to |in |at |kwa |kwenye )?(?:the )?(?:\\p{L}+ )?(?:hospital|hosi|hospitali|icu|casualty|emergency))';
/** Home from the hospital after swallowing many or all of them. */
const BACK_FROM =
  '(?:nimetoka|nilitoka|niliruhusiwa kutoka|i (?:came|got) (?:back|home) from|discharged from|i left) (?:the )?(?:hospital|hospitali|hosi)(?: \\p{L}+){0,3}? (?:baada ya|after) (?:ku)?(?:meza|kunywa|kumeza|taking|swallowing|drinking|overdosing)(?: \\p{L}+){0,2}? (?:(?:vidonge|dawa|pills|tablets|tembe) (?:vingi|nyingi|zote|vyote|mob|kibao)|(?:many|too many|all (?:the|my)) (?:pills|tablets)|sumu|poison|jik)';
/** Stopped by someone at the water or the height, or the means taken from the speaker's hands. */
const STOPPED_EN =
  '(?:stopped|grabbed|pulled|caught|found) me (?:\\p{L}+ ){0,2}?(?:at|on|from|in|near) (?:the )?(?:river|bridge|railway|tracks|water|edge|dam|lake|cliff|roof)(?: \\p{L}+){0,3}? (?:before i (?:could )?(?:jump\\p{L}*|went in|did it)|from jumping|as i was about to|i was (?:going|about) to (?:jump|do it)|i was already in)|(?:(?:grabbed|snatched|wrestled|pulled) (?:the )?(?:rope|noose|bottle of (?:\\p{L}+ )?(?:jik|poison|bleach|doom|pesticide|pills|tablets)|jik|poison|pills)|took (?:the )?(?:rope|noose|bottle of (?:\\p{L}+ )?(?:jik|poison|bleach|doom|pesticide)|jik|poison|bleach)) (?:out of my hands?|from me|from my hands?|away from me)';
const STOPPED_SW =
  "(?:(?:alinizuia|walinizuia|alinivuta|walinivuta|walinikuta|alinikuta|aliniokoa|waliniokoa)(?: \\p{L}+){0,3}? (?:mtoni|darajani|relini|ziwani|kwenye daraja|kwenye reli|kwa mto|kwa reli|kwa bridge)(?: \\p{L}+){0,3}? (?:nilikuwa (?:nataka|karibu|tayari|nimeshaingia)|nikitaka|kabla ni(?:ruke|jitupe|jirushe))|(?:alininyang'?anya|walininyang'?anya|alininyanganya|walininyanganya|alinipokonya|walinipokonya) (?:kamba|chupa ya (?:jik|sumu|dawa)|jik|sumu|vidonge))";
/** Not a fever, a test or a visit: hospital for an illness; not the news or a story. */
const EVERYDAY = re(
  ' (?:malaria|typhoid|test|tests|checkup|check up|appointment|clinic day|refill|delivery|labour|labor|jifungua|visit|kumtembelea|to see (?:him|her|them)|kumwona|flu|homa|fever|pressure check|headache|kichwa|maumivu|pain|toothache|cough|kikohozi|nikiwa mtoto|utotoni|as a (?:child|kid|baby)|when i was (?:a )?(?:child|kid|baby|little|small|toddler)) ',
);

export const RESCUED_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:${SWALLOWED} (?:\\p{L}+ ){0,6}?${WHAT}(?: \\p{L}+){0,6}? ${HOSPITAL}|${BACK_FROM}|nilioverdose|nimeoverdose|i overdosed)(?= |$)`,
    ),
    unlessNear: EVERYDAY,
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${EVERYDAY.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(` (?:${STOPPED_EN}|${STOPPED_SW})(?= |$)`),
    unlessNear: EVERYDAY,
    // Its sentence: why the pills were taken away may come later in it ("… because i was taking too many for my headache").
    unlessSentence: EVERYDAY,
    unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${EVERYDAY.source}`, 'u'),
    unlessWritten: WRITTEN_AS_FORM,
    // Not a health worker correcting a dose ("the pharmacist took the pills from my hand", review 112).
    unlessWhole: re(' (?:nurse|pharmacist|chemist|doctor|daktari|nesi|mfamasia|dose|dozi) '),
    // Someone else stopped the speaker ("my friend grabbed the bottle of jik from me"): the act is the speaker's.
    selfReferring: true,
  },
];
