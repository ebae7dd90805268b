import type { Cue } from './patterns.js';
import { EVERYDAY } from './cues-means.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The act told by its amount or its place, with no word of suicide (reviews 82–92 found them low): a whole bottle,
// packet or strip of pills or poison swallowed, all of one's pills at once, a household poison drunk by a name the
// earlier cues lacked (Doom, Dudu, paraffin, cattle dip), and going to a bridge, a river or the railway named before
// the act ("naenda mtoni kujitosa", "i am going to the railway to lie on the tracks"). Raise only (patterns.ts
// LATER_CUES). Reviews 93 and 94 narrowed it: "took" is also carried or fetched, a poison is never "taken" (bought,
// used) nor a "dudu" swallowed (an insect); all one's pills together is a regimen, a whole bottle a course finished,
// a drink from a water bottle a mistake; a status, a story or a hypothetical is not the act; heat makes a plunge a
// swim, "kujirusha" is also partying, and children jump off bridges for fun.

const EN_SUBJ = ' i (?:have |ve |just |already )*';
const EN_SWALLOWED = `${EN_SUBJ}(?:swallowed|drank|drunk|downed)`;
const EN_TOOK = `${EN_SUBJ}(?:took|taken)`;
const EN_DRANK = `${EN_SUBJ}(?:drank|drunk|downed)`;
const SW_TOOK = ' (?:nime|nili|nimesha|nisha|nilisha) ?(?:meza|kunywa)';
const SW_DRANK = ' (?:nime|nili|nimesha|nisha|nilisha) ?kunywa';
const PLEA =
  'goodbye|good bye|bye|forgive|(?:i am |im )?sorry(?! for (?!everything))|please(?= (?:forgive|take care|dont|tell|pray|help)| *$)|i want to die|i dont want to live|(?:and )?i (?:feel|am) (?:(?:very|so|really) )?(?:dizzy|sleepy|weak|numb)|(?:and )?my (?:stomach|throat|chest)|kwaheri|nisamehe|mnisamehe';
/** The hour of an overdose, or all of it at once. */
const HOURS = 'at once|all at once|in one go|last night|tonight|just now|an hour ago';
/** "now" is left out: "i have taken the whole strip now the pain is gone" is a course finished (review 94). */
const TIMES = `${HOURS}|today|this morning|jana usiku|sasa hivi|usiku huu`;
/** Not carried somewhere or fetched from somewhere right after the time: "… today to the dispensary". */
const CARRIED =
  '(?! (?:to(?! (?:die|end|sleep|never|not|kill|rest|be with|escape|stop|disappear) )|from|for(?! (?:good|ever|the last time) )|into|out of) )';
/** What the act may be followed by in its clause: nothing, a time, a plea, a farewell or how one feels now. */
const THEN = `(?= $| (?:${TIMES})${CARRIED}(?= |$)| (?:${PLEA})(?= |$))`;
/** What makes a course reported an overdose: the hour, at once, a plea or a farewell. */
const THEN_TOLD = `(?= (?:${HOURS})${CARRIED}(?= |$)| (?:${PLEA})(?= |$))`;
/** After "took" (also carried, collected: "i took the whole box of arvs today to the clinic", review 96) a day alone is
 * not enough: the clause ends, or a plea, an hour or a purpose follows. */
const THEN_TOOK = `(?= $| (?:${HOURS})${CARRIED}(?= |$)| (?:today|this morning|tonight|last night) to (?:die|end it|kill myself|sleep forever)(?= |$)| (?:${PLEA})(?= |$))`;
const CONTAINER = '(?:bottle|packet|pack|strip|box|tin|container|jar|sachet|jerrican)';
/** After "took": not ARVs (a refill comes by the box) nor panadol by the bottle (a syrup), review 96. */
const TOOK_DRUG =
  '(?:pills|tablets|tabs|(?<!bottle of )(?:panadol|piritons?|paracetamol)|painkillers|pain killers|meds)';
/** Not "medicine": a bottle of it is a syrup or a herbal remedy (review 94). */
const DRUG = '(?:pills|tablets|tabs|panadol|piritons?|paracetamol|painkillers|pain killers|arvs|meds)';
const POISON =
  '(?:jik|bleach|doom|pesticide|insecticide|rat poison|poison|paraffin|kerosene|paraquat|sniper|weed ?killer|cattle dip|cow dip|tick dip|triatix)';
/** Not someone else's ("i took the whole box of her pills" to her). */
const wholeOf = (took: string, what: string, then = THEN) =>
  `${took} (?:the|a|an|my) (?:whole|full|entire) ${CONTAINER} of (?:(?:my|the) )?(?:(?!her |his |their |your )\\p{L}+ ){0,2}?${what}${then}`;
const SW_PLEA =
  'kwaheri|kwa heri|nataka kufa|sitaki kuishi|makusudi|nisamehe|mnisamehe|goodbye|bye|sorry|please|forgive|nimechoka na maisha';
/** Pills by the packet, or by the bottle but not panadol (a syrup). */
const SW_PILLS_WHOLE =
  '(?:pakiti (?:nzima|yote) ya (?:vidonge|tembe|panadol)|chupa (?:nzima|yote) ya (?:vidonge|tembe))';
/** A Swahili whole container: a poison bare; pills with one qualifier, then a plea or a farewell (not a course), or
 * unqualified or sleeping pills with nothing after them but the hour (review 96). */
const SW_WHOLE = [
  `${SW_TOOK} (?:chupa|pakiti) (?:nzima|yote) ya (?:jik|sumu|doom)(?: ya panya)?(?= $| (?:jana|leo|sasa|sasa hivi|usiku|usiku huu|nataka|sitaki|${SW_PLEA}|na (?:sasa )?(?:nahisi|najisikia|tumbo|kichwa|koo))(?= |$))`,
  `${SW_TOOK} ${SW_PILLS_WHOLE}(?: (?:ya|za|vya) \\p{L}+)?(?: (?:yangu|zangu|vyangu))?(?: (?:sasa|sasa hivi|jana usiku|usiku huu))?(?= (?:${SW_PLEA})(?= |$))`,
  `${SW_TOOK} ${SW_PILLS_WHOLE}(?: (?:vya|za) usingizi)?(?= $| (?:sasa hivi|jana usiku|usiku huu)(?= |$))`,
];
/** All of one's pills at once: a dose is never all of them at once; "at the same time" is a regimen (review 94). */
const allAtOnce = (took: string) =>
  `${took} all (?:of )?(?:my |the |these |those )?(?:\\p{L}+ ){0,2}?${DRUG} (?:all )?(?:at once|in one go|at one go)${CARRIED}(?= |$)`;
/** Then nothing, or a plea, a farewell, the hour: not "leo", "asubuhi", a meal (the day's pills together, review 96). */
const SW_ALL_AT_ONCE = `${SW_TOOK} (?:vidonge|dawa|tembe|arv|ma ?pills|tabs)(?: (?:zangu|yangu|vyangu|za \\p{L}+|vya \\p{L}+))? (?:zote|vyote|yote) kwa mara moja(?= $| (?:sasa hivi|jana usiku|usiku huu|nataka|sitaki|${SW_PLEA})(?= |$))`;
/** All the pills one had; not "had to", "had been"; "was given" after "took" only with an overdose's words after it (a
 * course reported, review 96). */
const allIHad = (took: string, then: string, given = THEN) =>
  `${took} (?:all|every(?: single)?) (?:of )?(?:the |my )?(?:\\p{L}+ )?(?:pills?|tablets?|${DRUG}) i (?:(?:had(?! (?:to|been)(?= ))|had left|had at home)${then}|was given${given})`;
/** All of another's pills, or all of one's sleeping pills (no regimen is all of them), then nothing, the hour, a plea
 * or how one feels: "took all my mums bp tablets like an hour ago, feeling dizzy" (blind writer 157, session 37). */
const OTHERS =
  '(?:mums?|moms?|mothers?|mamas?|dads?|fathers?|babas?|sisters?|sis|siss|brothers?|bros?|husbands?|wifes?|grandmas?|grandmothers?|grannys?|grandpas?|grandfathers?|roommates?|aunts?|uncles?|cousins?)';
const FELT = '(?:and )?(?:i )?(?:am |m )?(?:feeling|feel|felt) (?:so |very )?(?:dizzy|sleepy|heavy|weak|numb)';
const allOfTheirs = (took: string, times: string) =>
  `${took} all (?:of )?(?:(?:my )?${OTHERS} (?:\\p{L}+ ){0,2}?(?:pills|tablets|tabs|meds|medicine|medication|painkillers)|my (?:sleeping (?:pills|tablets)|antidepressants))(?= $| (?:like |about |around |just )?(?:${times})${CARRIED}(?= |$)| (?:${PLEA})(?= |$)|(?: \\p{L}+){0,3} ${FELT}(?= |$))`;
/** All of another's pills in Swahili: swallowed or eaten, never carried ("nimemeza pills zote za mathe za BP"); not
 * as a doctor said (review 118: "… kwa sababu daktari alisema zimalizwe"). */
const SW_ALL_THEIRS = ` (?:nime|nili|nimesha|nisha|nilisha|nika) ?(?:meza|kula) (?:pills|vidonge|dawa|tembe|tabs)(?: (?:zote|vyote|yote)) (?:za|vya|ya) (?:mathe|mama|baba|buda|dada|kaka|bibi|shosh|guka|roommate|mke wangu|mume wangu)(?= )(?!.* (?:daktari|dokta|doctor|nurse|nesi|dozi|dose|zimalizwe|kliniki|clinic) )`;
/** A household poison drunk, by the names the earlier cues lacked; drunk, never "taken" or "swallowed". */
const POISON_MORE = [
  `${EN_DRANK} (?:some |the |a whole bottle of |a bottle of |a cup of )?(?:doom|dudu(?: dust)?|paraffin|kerosene|cow dip|cattle dip|tick dip|triatix|pesticide|insecticide)(?: (?:on purpose|deliberately|intentionally))?${THEN}`,
  `${SW_DRANK} (?:mafuta ya taa|mafuta taa|kerosene|doom|dudu|triatix|dawa ya (?:ng(?:o|')mbe|mifugo|kunyunyizia|kupe))(?: makusudi)?(?= $| (?:jana|leo|sasa|usiku|kwaheri|nataka|sitaki|makusudi)(?= |$))`,
];

/** After the act: a spill, the wrong bottle, a farm job, a refill, a course, a dose, a reason. */
const NOT_THE_ACT = re(
  ' (?:by mistake|by accident|accidentally|by error|in error|mistakenly|unknowingly|kwa makosa|kimakosa|kwa bahati mbaya|bila kujua|bila kukusudia|badala ya|nikidhani|nilidhani|nilifikiri|thinking it was|(?:i )?thought it was|(?:water|soda|juice|drinking) bottle|chupa ya (?:maji|soda|juisi|juice)|someone had put|spray\\p{L}*|nyunyiz\\p{L}*|to the (?:farm|shamba|field|cows?|goats?)|for the (?:cows?|goats?|crops|rats|ticks)|clinic|pharmacy|chemist|agrovet|refill|collect\\p{L}*|supply|return\\p{L}*|course|dose|dozi|prescribed|syrup|shurubati|cough|herbal|mitishamba|kienyeji|kikohozi|kuchukua|zingine|nyingine|(?:in|from) (?:a|the) \\p{L}+ bottle|siphon\\p{L}*|nikinyonya|kunyonya|generator|fire (?:show|breath\\p{L}*|eat\\p{L}*|trick)|perform\\p{L}*|joking|kidding|i mean|utani|natania|(?:(?:iron|folic acid|family planning|contraceptive|multivitamin|vitamin|flu|antibiotics?|prep) (?:tablets|pills|tabs)|vya (?:iron|damu|uzazi|vitamin\\p{L}*))(?! (?:at once|in one go|kwa mara moja|goodbye|bye|kwaheri|forgive|nisamehe|i want to die|nataka kufa|makusudi))|for (?:my|the|a) \\p{L}+|period) ',
);
/** After it: the course ended well ("now the fever is gone", "nimepona"). */
const COURSE_DONE = re(
  ' (?:(?:the )?(?:fever|flu|cough|infection|homa|mafua|malaria|pain) (?:is|has|have) (?:gone|cleared|finished|reduced|gone down|ended)|(?:is|are) (?:clear|cleared|healed|suppressed)|feel better|nimepona|sikohoi|imeisha|nimepata nafuu|(?:i am|im) (?:cured|healed)|damu imeongezeka|viral load|undetectable|buy another|(?:is|are) (?:better|clearing|improving)|off the (?:medication|meds|drugs|tablets)) ',
);
/** A regimen: the day's pills together, every day, with a meal, as usual (an adherence report, not an overdose). */
const REGIMEN = re(
  ' (?:every (?:day|morning|evening|night)|each (?:day|morning|evening|night)|daily|kila siku|as (?:usual|always)|kama kawaida|in the morning|with (?:my )?(?:breakfast|tea|chai|porridge|uji|food|lunch|supper|dinner|meal)|after (?:breakfast|tea|eating|food|supper|lunch|dinner)|(?:morning|evening|daily) (?:pills|tablets|meds|medicine|dose|doses)|(?:then|and) (?:i )?went to \\p{L}+|nikaenda \\p{L}+|one pill|(?:worm|deworming) tablets|dewormer|minyoo|as the (?:chv|nurse|doctor|pharmacist) (?:said|told me|advised|showed me)|nilipopewa|(?:a|wa)livyo\\p{L}+|nilivyo(?:ambiwa|elekezwa|fundishwa|agizwa)|running late|in a hurry|travel\\p{L}*|safari|journey|forgot|forget|missed|skipped|nilisahau|nimesahau|nikiharakisha|kama (?:nurse|nesi|muuguzi|dokta|daktari|mfamasia|chv) \\p{L}+|like (?:the|my) (?:doctor|nurse|pharmacist|chv) (?:said|told me)|so i dont forget|together|put|locked|hid|kept|stored|out of reach|pill count) ',
);
/** Before the act: a childhood, a dream, a hypothetical, someone else's words, post or status, an anniversary. */
const NOT_SAID_NOW = re(
  ' (?:as a (?:child|kid)|when i was (?:a child|small|young|little)|nikiwa (?:mtoto|mdogo)|nilipokuwa (?:mtoto|mdogo)|dream\\p{L}*|ndoto|niliota|if|kama ningekuwa|imagine|suppose|supposing|lets say|let us say|assuming|tuseme|said|says|anasema|alisema|aliniambia|told me|when|whenever|aliandika|ameandika|anaandika|akaandika|alinitumia|amenitumia|ananitumia|sent me|akasema|akisema|aliyesema|anayesema|alipost|amepost|status|years? ago|back in|last year|in \\d{4}|all week|the whole week|wiki nzima|for days|headache|toothache|migraine|fever|homa|period pain|cramps|celebrate\\p{L}*|anniversary|years alive)(?: |$)|(?<! i) (?:posted|wrote|texted|messaged|shouted|screamed|yelled) | (?:like|kama|as if|as though) $',
);
const PLACE_SW =
  '(?:(?:kwa |kwenye )?(?:daraja(?:ni)?|bridge)|daraja la \\p{L}+|mtoni|mto \\p{L}+|ziwani|ziwa \\p{L}+|baharini|bwawani|(?:kwa |kwenye )?(?:reli(?:ni)?|railway))';
const ACT_SW =
  '(?:kujitosa|nijitose|nikajitose|kujizamisha|nijizamishe|kujitupa|nijitupe|(?:nilale|kulala) (?:kwa|kwenye|juu ya) reli|treni (?:inipitie|inigonge|inikanyage)|nigongwe na treni)';
/** "sirudi" (I won't come back), not "sirudi mpaka jioni" (not till evening). */
const NOT_BACK = 'sirudi(?! (?:mpaka|hadi|mapema|kabla))';
/** "kujirusha" is also Sheng for going out: only with a farewell, a death word or the train after it (review 94). */
const THROW_SW = `(?:kujirusha|nijirushe|nikajirushe)(?= (?:kwaheri|${NOT_BACK}|nife|nikufe)(?= |$)| kwa (?:train|treni|gari)(?: kwaheri)?$)`;
const SW_GOING =
  '(?:naenda|ninaenda|nitaenda|nakwenda|naelekea|niko njiani (?:kwenda|kuenda)|nimeamua kwenda|nataka kwenda)';
const NOW_SW = '(?: (?:sasa|sasa hivi|leo|usiku huu|usiku))?';
const EN_GOING = ' (?:i am|im|i will|ill|i) (?:going|heading|walking|off|on my way)(?: now| tonight)? to (?:the )?';
const EN_AFTER = '(?= $| (?:tonight|today|now|goodbye|bye|kwaheri|forgive|sorry|please)(?= |$))';
/** Going to a bridge, the water or the railway, named before the act. */
const GOING_THERE = [
  ` ${SW_GOING} ${PLACE_SW}${NOW_SW} (?:${ACT_SW}(?: (?:kwa (?:train|treni|gari)|sasa|sasa hivi|leo|usiku huu))?(?= $| (?:kwaheri|${NOT_BACK})(?= |$))|${THROW_SW})`,
  `${EN_GOING}(?:\\p{L}+ )?(?:bridge|railway(?: line)?|rail tracks|tracks|cliff|dam|river|lake)(?: now| tonight)? to (?:drown(?: myself)?|(?:lie|lie down|sleep) on the (?:tracks|railway|rails|line)|throw myself (?:off|in|into|under)(?: (?:it|the \\p{L}+))?)${EN_AFTER}`,
  // Walking into the water ("after the harvest i'm going to walk into the river", blind writer 156).
  ` (?:i am|im|i will|ill|i) (?:going to|gonna) walk into the (?:river|lake|sea|ocean|dam)${EN_AFTER}`,
  // Children jump off bridges into rivers for fun: a jump only with a farewell or a plea after it (review 94).
  `${EN_GOING}(?:\\p{L}+ )?(?:bridge|cliff)(?: now| tonight)? to jump(?: off)?(?: (?:now|tonight|today))?(?= (?:goodbye|good bye|bye|kwaheri|forgive|sorry|please|tell my)(?= |$))`,
];
/** Swimming, fishing, a rescue, bungee, a job at the water, partying, the heat, a photo. */
const AT_THE_WATER = re(
  ' (?:kuvua|samaki|fish\\p{L}*|kuogelea|swim\\p{L}*|kumwokoa|kuokoa|to save|rescue|mazoezi|training|lesson|pool|beach|bichi|bungee|diving|kuoga|bath\\p{L}*|kufua|kuchota|maji ya|na (?:marafiki|mabeshte|familia|watoto)|friends|with (?:my|the) \\p{L}+|club|bar|party|sherehe|weekend|wikendi|holiday|likizo|sikukuu|tu(?:ki|ta|na|me|li)\\p{L}+|we|tuna\\p{L}*|(?:so|too|very) hot|its hot|it is hot|the heat is|joto|jua (?:ni )?kali|cool (?:off|down)|photo\\p{L}*|picha|video|waterfalls?|falls) ',
);
const SAID_BY = re(
  ' (?:aliniambia|ameniambia|alisema|anasema|amesema|akasema|akisema|aliyesema|anayesema|said|says|saying|texted|messaged|posted|told me|tells me|when|whenever|kila|if|kama|hadithi|riwaya|tamthilia|novel|story)(?: |$)|(?<! i) (?:shouted|screamed|yelled) ',
);
const told = { unlessWritten: WRITTEN_AS_FORM, selfReferring: true } as const;
const ACT_NEAR = new RegExp([EVERYDAY, NOT_THE_ACT, COURSE_DONE, REGIMEN].map((r) => r.source).join('|'), 'u');
const ACT_BEFORE = new RegExp(`${NOT_THE_ACT.source}|${NOT_SAID_NOW.source}`, 'u');

export const WHOLE_DOSE_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      `(?:${[
        wholeOf(EN_SWALLOWED, `(?:${DRUG}|${POISON})`),
        wholeOf(EN_TOOK, TOOK_DRUG, THEN_TOOK),
        ...SW_WHOLE,
        allAtOnce(EN_SWALLOWED),
        allAtOnce(EN_TOOK),
        SW_ALL_AT_ONCE,
        allIHad(EN_SWALLOWED, THEN),
        allOfTheirs(EN_SWALLOWED, `${TIMES}|yesterday|yday`),
        allOfTheirs(EN_TOOK, `${HOURS}|yesterday|yday`),
        SW_ALL_THEIRS,
        allIHad(EN_TOOK, THEN_TOOK, THEN_TOLD),
        ...POISON_MORE,
      ].join('|')})`,
    ),
    unlessNear: ACT_NEAR,
    unlessBefore: ACT_BEFORE,
    ...told,
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(`(?:${GOING_THERE.join('|')})`),
    unlessNear: new RegExp(`${EVERYDAY.source}|${AT_THE_WATER.source}`, 'u'),
    unlessBefore: new RegExp(`${AT_THE_WATER.source}|${SAID_BY.source}`, 'u'),
    ...told,
  },
];
