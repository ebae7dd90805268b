import { EVERYDAY } from './cues-means.js';
import { BARE } from './farewell-closers.js';
import { re } from './words.js';

// The acts and hours that a farewell makes a crisis (cues-act-farewell.ts, reviews 82–89), and what explains them away:
// a dose kept, a story, a move, pests.

const EN_TOOK = ' i (?:just |already |have |ve )?(?:took|taken|swallowed|drank|drunk|downed|ate)';
const EN_POISONED = ' i (?:just |already )?(?:have |ve )?(?:taken|swallowed|drank|drunk|downed|ate)';
const SW_TOOK = ' (?:nime|nili|nimesha|nilisha|nisha) ?(?:meza|kunywa|kunya|kula)';
/** Pills no dose is kept of: "all the pills", "all my sleeping pills", "all my mums pills", "panadol zote". */
export const PILLS_GRAVE = [
  `${EN_TOOK} all (?:of )?(?:the|these|those|my (?:mums|moms|mothers|mamas|dads|fathers|babas|sisters|brothers|husbands|wifes|grandmas|grandmothers|grannys)(?: \\p{L}+){0,2}?|my) (?:sleeping pills|painkillers|pain killers|panadol)`,
  `${EN_TOOK} all (?:of )?(?:the |these |those |my (?:mums|moms|mothers|mamas|dads|fathers|babas|sisters|brothers|husbands|wifes|grandmas|grandmothers|grannys)(?: \\p{L}+){0,2}? )?(?:pills|tablets|tabs)(?! (?:to|home|back|for|from|with|away|out|today|this (?:time|week|morning)|doctor|daktari|dokta|doc|nurse|sister)(?= |$))`,
  `${EN_TOOK} all (?:of )?my (?:mums|moms|mothers|mamas|dads|fathers|babas|sisters|brothers|husbands|wifes|grandmas|grandmothers|grannys)(?: \\p{L}+){0,2}? (?:meds|medication|medicine)`,
  `${SW_TOOK} (?:panadol|vidonge vya usingizi)(?: (?:zangu|vyangu))? (?:zote|vyote)(?! (?:mbili|tatu|nne|viwili|vitatu|\\p{N}+)(?= |$))`,
].map((p) => `${p}(?= |$)`);
/** A poison drunk: bleach, rat poison, insecticide ("nimekunywa jik", "i have taken dawa ya panya"). */
export const POISON_TAKEN = [
  `${SW_TOOK} (?:jik|bleach|dawa ya (?:panya|mbu|kupe|kuua (?:wadudu|panya|magugu|mbu|kupe))|sumu ya (?:panya|wadudu|mbu|kupe))(?: yote)?`,
  `${EN_POISONED} (?:the |some )?(?:jik|bleach|dawa ya panya|rat poison|insecticide|pesticide|paraffin|sniper|paraquat|doom|weed ?killer|herbicide|cattle dip|acid|poison)(?! (?:to|home|back|outside|for|from|into|away)(?= |$))`,
].map((p) => `${p}(?= |$)`);
/** One's own pills or medicine, the words of a dose kept too: "all my pills", "dawa zote", "vidonge vyangu vyote". */
export const PILLS_OWN = [
  `${EN_TOOK} all (?:of )?my (?:pills|tablets|tabs|meds|medication|medicine)(?! (?:to|home|back|for|from|with|away|out)(?= |$))`,
  `${SW_TOOK} (?:ma ?pills|tabs)(?: (?:zangu|vyangu))? (?:zote|vyote)`,
  `${EN_TOOK} all (?:of )?(?:the|my \\p{L}+) (?:meds|medication|medicine)`,
  `${SW_TOOK} (?:dawa|madawa|vidonge|tembe)(?: (?:zangu|yangu|vyangu))? (?:zote|vyote|yote)(?! (?:mbili|tatu|nne|tano|viwili|vitatu|vinne|vitano|\\p{N}+)(?= |$))`,
].map((p) => `${p}(?= |$)`);

/** Nothing after the place but now or the farewell ("… on the bridge stuck in traffic" is a commute). */
const EDGE_END = `(?: (?:now|right now|sasa hivi|sasa|tonight|usiku huu))?(?= $| (?:${BARE}))`;
/** At a height, a bridge or on the rails now; not inside a building ("niko kwenye jengo la ofisi") nor by the railway,
 * where people live ("niko kwa reli", review 89). */
export const AT_THE_EDGE = [
  ` i am (?:now |standing |sitting )?(?:on|at) (?:the )?(?:edge|(?:edge|top) of (?:the |a |this )?(?:bridge|building|roof|cliff)|bridge|roof|ledge|cliff|railway line|rail tracks|tracks)${EDGE_END}`,
  ` (?:niko|nipo|nko|nimesimama|nimekaa) (?:(?:kwa|kwenye|juu ya|juu kwa|pale|ukingoni mwa) (?:daraja|bridge|mwamba)|juu (?:ya|kwa) (?:jengo|ghorofa|gorofa|paa|building|reli))(?: (?:la|ya|wa) (?!(?:kwanza|pili|tatu|nne|tano|sita|saba|nane|tisa|kumi|\\p{N}+)(?= |$))\\p{L}+)?${EDGE_END}`,
];
export const AT_MILD_HEIGHT = [
  ` i am (?:now |standing |sitting )?(?:on|at) (?:the )?(?:rooftop|railway|top floor|balcony)${EDGE_END}`,
];
/** Pills hidden or gathered ("nimeficha vidonge chini ya kitanda"); not one's own refill ("… vidonge vyangu"). */
export const MEANS_HIDDEN = [
  ' (?:nime|nimesha|nisha)(?:ficha|kusanya|tayarisha) (?:\\p{L}+ ){0,2}?(?:vidonge|tembe|dawa)(?= |$)(?! (?:zangu|yangu|vyangu|za (?:arv|kliniki|clinic|presha|pressure|sukari|tb|mwezi))(?= |$))',
];
/** A means bought or had: poison, a rope, a knife, a razor ("nimenunua sumu ya panya", "i bought rat poison"); not food
 * poisoning nor a new kitchen knife ("sumu ya chakula", "kisu kipya"). */
export const MEANS_BOUGHT = [
  ' (?:nime|nimesha|nili|nisha)(?:nunua|pata|andaa|ficha|weka|tayarisha) (?:\\p{L}+ ){0,2}?(?:(?:sumu|kamba|kisu|wembe)(?: ya (?:kuua )?panya)?|dawa ya (?:kuua )?panya)(?= |$)(?! (?:ya|wa|cha|kipya|mpya)(?= ))',
  ' (?:niko na|nina) sumu(?: ya (?:kuua )?panya)?(?= |$)',
  ' i (?:have |ve )?(?:just |already )?(?:bought|got|have|hid) (?:some |the |a )?(?:rat poison|poison|rope|razor|razor blade|knife)(?= |$)',
];
/** … said to be here or ready ("… iko hapa", "… its ready"): then a bare farewell closes it (review 88). */
export const MEANS_READY_HERE = MEANS_BOUGHT.map(
  (m) =>
    `${m} (?:(?:iko|ipo|kiko|ziko|viko) (?:hapa|tayari|nami|mkononi|karibu)|hapa|tayari|(?:it is|its) (?:here|ready|with me)|ready|here with me)`,
);
/** A reason or a bound after it: the last check-in of a study, a message for today, in a group, at work (review 20). */
const NO_REASON =
  '(?! (?:because|coz|cause|since|as|before|for|of|in|on|at|with|until|till|today|this|tonight|kwa|ya|wa|za|leo|kabla|hadi|mpaka|katika|kwenye|hapa|huku|kazini|shuleni|nyumbani|ofisini|chuoni|kanisani|sokoni|hospitalini|mjini|kijijini|nairobi|mombasa)(?= |$))';
/** One's last hours, night or message said of now: a bare farewell closes them (review 88). */
export const LAST_HOURS = [
  ` (?:these are|this is|its|this will be) my (?:last|final) (?:hours|minutes|moments|message|voice note)(?= |$)${NO_REASON}`,
  ` (?:hizi ni |ni )?saa zangu za mwisho(?= |$)${NO_REASON}`,
  ` (?:huu|hii) (?:ni|ndio|ndiyo) (?:usiku|ujumbe|message|sauti) (?:(?:wangu|yangu) )?(?:wa|ya) mwisho(?: kutoka kwangu)?(?= |$)${NO_REASON}`,
  ` (?:ujumbe|message|sauti) (?:huu|hii) (?:ni|ndio) (?:wa|ya) mwisho(?= |$)${NO_REASON}`,
];
/** A last recording, post, check-in or minutes: the end of a programme or of airtime too, so only a plea or a farewell
 * to one's people closes it (review 88). */
export const LAST_CHECK_IN = [
  ` (?:these are|this is|its|this will be) my (?:last|final) (?:recording|post|check in|checkin)(?= |$)${NO_REASON}`,
  ` (?:hizi ni |ni )?dakika zangu za mwisho(?= |$)${NO_REASON}`,
  ` (?:huu|hii) (?:ni|ndio|ndiyo) (?:voice note|rekodi) (?:(?:wangu|yangu) )?(?:wa|ya) mwisho(?: kutoka kwangu)?(?= |$)${NO_REASON}`,
];
/** A dose kept: "… za leo", "… as the doctor said", "… no side effects", "… kama kawaida". */
export const DOSE_KEPT =
  '(?:za|vya|ya) (?:leo|asubuhi|jioni|usiku|wiki|mwezi|kila siku|presha|pressure|sukari|kisukari|arv|clinic|kliniki)|(?:this|last) (?:morning|evening|week|month)|for (?:this|the) (?:week|month)|wiki hii|mwezi huu|kama kawaida|as usual|on time|kwa wakati|as (?:prescribed|directed|told)|kama daktari|daktari (?:aliniandikia|alinipa|alisema)|ambazo daktari|the doctor (?:gave|said|told|prescribed)|feel better|najisikia vizuri|no side effects|prescribed|yesterday|(?:the|my) course|for (?:malaria|typhoid|tb|cough|flu|pain|headache|ulcers|pressure|sugar|diabetes|infection|the \\p{L}+|my \\p{L}+)|with (?:food|porridge|water|uji|tea)|na uji|dozi|dose|late|nilichelewa|nimechelewa|zake|pia';
/** In the sentence: a story, a hypothetical, a joke, a trip or a phone's bundles, not the speaker's act now. */
export const NOT_OWN_NOW = re(
  ' (?:if|as if|imagine|pretend|song|lyrics|film|movie|series|drama|novel|book|poem|quote|scene|character|haha|lol|joking|kidding|utani|natania|used to|years ago|zamani|bundles?|data|airtime|credit|battery|namba|number|program|programme|programu|study|utafiti|project|married|kuoa|kuolewa|fly|flying|travel\\p{L}*|saudi|saudia|dubai|qatar|oman|abroad|group|whatsapp|chat) ',
);
/** Anywhere in the check-in: a move, a study or programme ended, a new line (last check-in said of an ending). */
export const ENDING_ANYWHERE = re(
  ' (?:moving|relocat\\p{L}*|shifting|village|ushago|upcountry|ends|ended|ending|finished|completed?|contract|sim|week|weeks|programme|program|study|bundles?|data|battery|new phone|number|bando|salio|mradi|wodi\\p{L}*|safari|nasafiri|nahamia|narudi|kliniki|clinic|hospitali) ',
);
/** Before the act in its clause: a time to come or a saying. */
export const NOT_SAID_NOW = re(' (?:when|whenever|once|one day|someday|nikifa|said|says|anasema|alisema|wanasema) ');
/** Pests, livestock, the kitchen, shaving: what rat poison, a rope or a knife are also bought for. */
export const HOUSEHOLD = re(
  ' (?:kupe|mende|mbu|wadudu|the rats|rats are|panya (?:wa|wame|wana|wali)\\p{L}*|cockroach\\p{L}*|ticks|weeds|my (?:cow|cows|goats?|chickens?)|ngombe|mbuzi|kuku|kuanika|nguo|clothes|jikoni|kitchen|kunyoa|kunyolea|shaving|beard|ndevu|ghala\\p{L}*|stoo|store|mahindi) ',
);
/** What a means is also bought for, after it or before it. */
export const MEANS_NEAR = new RegExp(`${EVERYDAY.source}|${HOUSEHOLD.source}`, 'u');
export const MEANS_BEFORE = new RegExp(`${NOT_SAID_NOW.source}|${HOUSEHOLD.source}`, 'u');
