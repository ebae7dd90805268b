import type { Cue } from './patterns.js';
import { EVERYDAY } from './cues-means.js';
import { HOUSEHOLD } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The act or its means told plainly, with no word of suicide and no farewell (reviews 86, 88, 89 found them low): going
// somewhere to do it ("i am going to the farm to hang myself", "naenda shamba kujinyonga"), a poison drunk ("i drank
// jik"), pills by the score ("i took 30 panadol"), a noose, charcoal in a room shut for it, a jump where the speaker
// stands high, veins cut. Raise only (patterns.ts LATER_CUES). Review 91 narrowed each: partying ("naenda club
// kujirusha"), fishing, a breakup ("… to end it"), mosquito nets and swings, warmth, accidents, prices and courses.

const EN_SELF_ACT = '(?:hang|drown|shoot|poison|stab|burn) my ?self|end it all|end my life';
/** Going somewhere to do it; "kujirusha" and "kujitosa" only into water or from a height (else partying, business). */
const GOING_TO_DO_IT = [
  ` (?:i am|im|i will|ill|i) (?:going|go|heading|off|walking)(?: (?:tomorrow|tonight|now|today))? to (?:the |a |my )?(?:\\p{L}+ ){1,2}?(?:(?:tomorrow|tonight|now|today) )?to (?:${EN_SELF_ACT})(?= $| (?:tonight|today|now|tomorrow|because|so|i|goodbye|and never)(?= |$))`,
  ' (?:naenda|ninaenda|nitaenda|nimeenda|niko njiani|nakwenda)(?: \\p{L}+){0,2}? (?:kujinyonga|kujiua|kujizamisha|kujipiga risasi|kunywa sumu|kujimaliza|kujirusha (?:kutoka|chini(?! ya)|darajani|ghorofani))(?= |$)',
  ' (?:naji|ninaji|nitaji)nyonga(?= $| (?:leo|sasa|usiku|kesho|kwaheri|nimechoka)(?= |$))',
  ' (?:naji|ninaji|nitaji)zamisha(?= $| (?:mtoni|majini|ziwani|baharini|kisimani|bwawani)(?= |$))',
];
/** Into the water in one verb: not fishing, swimming or a rescue. */
const INTO_WATER = [
  ' (?:naenda|ninaenda|nitaenda|nimeenda|niko njiani|nakwenda)(?: \\p{L}+){0,2}? (?:kujitosa (?:mtoni|majini|ziwani|baharini|kisimani|bwawani)|kujirusha (?:majini|mtoni))(?= |$)',
  ' (?:naji|ninaji|nitaji)tosa (?:mtoni|majini|ziwani|baharini|kisimani|bwawani)(?= |$)',
];
const AT_THE_WATER = re(
  ' (?:kuvua|samaki|kuogelea|swim\\p{L}*|kumwokoa|kuokoa|to save|mazoezi|lesson|kufundisha|na watoto|pool|beach|bichi|mombasa|diving|na (?:marafiki|mabeshte|familia)|marafiki|tu(?:ki|ta|na|me|li)\\p{L}+) ',
);
/** Drinking out, the gym: Sheng "kunywa sumu" (cheap liquor), "kujimaliza" (wear oneself out). */
const OUT_OR_GYM = re(' (?:bar|club|pombe|mabeshte|keroro|chang\\p{L}*|gym|mazoezi|workout|training) ');
/** A poison drunk, not carried or sprayed ("i took the pesticide and sprayed", review 91). */
const POISON_DRUNK = [
  ' i (?:have |ve |just |already )*(?:drank|drunk|swallowed)(?: some| the| a bottle of| a cup of| a glass of)? (?:jik|bleach|sniper|paraquat|insecticide|pesticide|weed ?killer|cattle dip|tick dip|dawa ya panya|rat poison)(?= $| (?:last night|yesterday|today|tonight|now|just now|and i|i|so|because|goodbye)(?= |$))',
  ' (?:nime|nili|nimesha|nisha|nika) ?(?:kunywa|meza) (?:jik|bleach|sniper|paraquat|dawa ya (?:panya|kuua wadudu|kupe|mbu)|sumu ya (?:panya|wadudu|kupe))(?= $| (?:jana|leo|sasa|usiku|na sasa|kwaheri|yote|nataka|sitaki|kwa sababu|nimechoka)(?= |$))',
];
/** Drunk by mistake, as a child, or said by someone else. */
const BY_MISTAKE = re(
  ' (?:by mistake|by accident|accidentally|kwa makosa|kwa bahati mbaya|bila kujua|badala ya|nikidhani|nilidhani|thinking it was|nikiwa (?:mtoto|mdogo)|nilipokuwa (?:mtoto|mdogo)|as a (?:child|kid)|when i was (?:a child|small|young)|anasema|alisema|ananiambia|says|said|eti|i thought|thought it was|looked like|nikifikiri|nilifikiri|people think|they think|wanadhani|wanafikiri|food poisoning) ',
);
const SCORE = '(?:[1-9]\\d|\\d{3}|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)';
const NOT_A_DOSE = '(?! ?(?:mg|milligrams?|ml|bob|shillings?|shilingi|ksh)(?= |$))';
/** Pills by the score at once: not a price, a strength or a course. */
const PILLS_BY_SCORE = [
  ` i (?:have |ve |just )?(?:took|taken|swallowed|drank|downed)(?: like| about| around| over| almost)? ${SCORE}${NOT_A_DOSE}(?: of (?:my|the))?(?: (?!mg|milligrams?)\\p{L}+)? (?:pills|tablets|panadol|painkillers|sleeping pills|antidepressants)(?= $| (?:at once|all at once|in one go|last night|tonight|just now|today|this morning|goodbye|i want to die|and i (?:feel|am) (?:dizzy|sleepy|weak|numb)|idk what happens now|i dont know what happens now)(?= |$))`,
  ` (?:nime|nili|nimesha|nisha) ?(?:meza|kunywa) (?:vidonge|tembe|panadol|pills)(?: (?!vya|za|ya)\\p{L}+)? (?:kumi|ishirini|thelathini|arobaini|hamsini|mia|[1-9]\\d)${NOT_A_DOSE}(?: (?:vya|za|ya) \\p{L}+)?(?= $| (?:kwa mara moja|mara moja|jana usiku|usiku|sasa hivi|leo|kwaheri|nataka|sitaki)(?= |$))`,
];
/** A count kept: what is left, how one feels, the clinic, a pack, a long illness. */
const COUNTED = re(
  ' (?:left|remaining|remain|to go|halfway|pack|period|feel (?:better|fine|good|much better)|infection|come back|go back|next (?:month|week)|counted|patients|still have|pressure|sugar|hiv|dots|clinic|pharmacy|family planning|antibiotics?|prescribed|since|nimebaki|vimebaki|zimebaki|nimepona|nimemaliza|kliniki) ',
);
/** A course over days or weeks, a daily load, a price. */
const A_COURSE = re(
  ' (?:this|a|per|in a|over|for the|every|kwa) (?:month|week|weeks|months|mwezi|wiki)| (?:mwezi|wiki) (?:huu|hii|mzima)| (?:kila|per) (?:day|siku)| a day | kwa siku | siku (?:tano|saba|kumi|\\d+) | (?:tangu|since|kama kawaida|as usual|arv\\p{L}*|my (?:meds|arvs|course)|for (?:the|my) (?:infection|headache|malaria|tb)) ',
);
/** A noose made ready. */
const NOOSE = [
  ' i (?:have |ve |just |already )*(?:made|tied|prepared) (?:a|the|my) noose(?= $| (?:ready|for myself|already|tonight|now)(?= |$))',
];
/** Charcoal lit in a room shut for it, not against the cold. */
const CHARCOAL = [
  ' (?:nimejifungia|nimejifunga) (?:chumbani|ndani)(?: \\p{L}+){0,4}? (?:makaa (?:yamewaka|yanawaka|yakiwaka|imewaka)|jiko la makaa(?: (?:linawaka|limewaka))?)(?= |$)',
  ' i (?:have |ve )?locked myself in(?: \\p{L}+){0,3}? with (?:a |the |some )?(?:lit|burning) (?:charcoal|jiko)(?= |$)',
];
const FOR_WARMTH = re(
  ' (?:baridi|kupasha joto|tunapasha|napasha|kupata joto|joto|cold|warm|warmth|na watoto|nikisoma|nasoma|kusoma|reading|studying|nikiangalia|tv|movie|mvua|rain|napika|kupika|ugali|cooking) ',
);
/** Veins cut, in Swahili ("nimekata mishipa"); not the sinews of meat or a plant. */
const VEINS_CUT = [
  ' (?:nime|nili|nimesha|nisha)(?:ji)?kata mishipa(?= $| (?:ya|za) (?:mkono|mikono|shingo)(?= |$)| (?:yangu|leo|jana|sasa|usiku)(?= |$))',
];
/** Jumping said by one who stands on a roof, a bridge or a ledge, in the same clause. */
const JUMP = [
  ' (?:i am|im|i m|standing|niko|nipo|nimesimama|nasimama) (?:on |at |juu ya |kwa |kwenye )?(?:the |a |this )?(?:top of (?:the |a |this )?)?(?:roof|rooftop|bridge(?! of my)|building|ledge|cliff|daraja(?! la (?:kwanza|pili|tatu|nne|tano|sita|saba|\\d+))|darajani|ghorofa|ghorofani|jengo(?! la (?:uwanja|airport))|paa|mwamba)(?: \\p{L}+){0,4}? (?:(?:and )?(?:i (?:want to|am going to|will|am about to|m going to|m about to)|im (?:going|about) to|ill) jump(?: (?:off|from|down)(?: (?:it|here|there))?)?|(?:nataka kuruka|nitaruka|naruka|nitajirusha|najirusha)(?: chini)?)(?: (?:now|tonight|sasa hivi|sasa|leo))? $',
];
const JOY_OR_SPORT = re(
  ' (?:nimefurahi|furaha|happy|excited|glad|tunaogelea|wanaogelea|kuogelea|swim\\p{L}*|densi|dance|party|sherehe|bungee|diving|kurekebisha|narekebisha|mabati|bati|fixing|repair\\p{L}*|painting|kupaka|\\p{L}*ezeka|fundi|ladder|ngazi|team|nangoja|waiting|dream\\p{L}*|ndoto|niliota|nikiota|whenever|when|fear|scared|afraid|naogopa|dared|tomorrow|said|says|saying) ',
);
/** Someone else's words before it ("rafiki yangu aliniambia naenda kujinyonga"). */
const SAID_BY = re(
  ' (?:aliniambia|ameniambia|alisema|anasema|amesema|said|says|saying|texted|messaged|posted|told me|tells me) ',
);
const told = { unlessWritten: WRITTEN_AS_FORM, selfReferring: true } as const;

export const MEANS_TOLD_CUES: readonly Cue[] = [
  // The place is the cue's own word ("to the farm"): no everyday act reads it away.
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${GOING_TO_DO_IT.join('|')})`),
    unlessNear: OUT_OR_GYM,
    unlessBefore: new RegExp(`${SAID_BY.source}|${OUT_OR_GYM.source}`, 'u'),
    ...told,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${INTO_WATER.join('|')})`),
    unlessNear: AT_THE_WATER,
    unlessBefore: new RegExp(`${SAID_BY.source}|${AT_THE_WATER.source}`, 'u'),
    ...told,
  },
  // Not HOUSEHOLD: its pests ("kupe", "mbu") are the poisons' own names (review 91).
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${POISON_DRUNK.join('|')})`),
    unlessNear: new RegExp(`${EVERYDAY.source}|${BY_MISTAKE.source}`, 'u'),
    unlessBefore: BY_MISTAKE,
    ...told,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${PILLS_BY_SCORE.join('|')})`),
    unlessNear: new RegExp(`${EVERYDAY.source}|${A_COURSE.source}|${COUNTED.source}`, 'u'),
    unlessBefore: new RegExp(
      `${A_COURSE.source}|${COUNTED.source}|${SAID_BY.source}| (?:this|last) (?:month|week) `,
      'u',
    ),
    ...told,
  },
  { tier: 'behaviour', code: 'attempt', re: re(`(?:${VEINS_CUT.join('|')})`), unlessNear: EVERYDAY, ...told },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${CHARCOAL.join('|')})`),
    unlessNear: FOR_WARMTH,
    unlessBefore: FOR_WARMTH,
    ...told,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${NOOSE.join('|')})`),
    unlessNear: new RegExp(
      `${HOUSEHOLD.source}| (?:calf|ndama|goat|rabbit|sungura|snare|trap|mtego|catch|drama|play|scouts?|knot|class|church) `,
      'u',
    ),
    ...told,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${JUMP.join('|')})`),
    unlessBefore: JOY_OR_SPORT,
    unlessNear: new RegExp(`${EVERYDAY.source}|${JOY_OR_SPORT.source}`, 'u'),
    ...told,
  },
];
