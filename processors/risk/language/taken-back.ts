import { withoutToday } from './denied-alone.js';
// Whether what follows a denial takes it back (RULES.md, "A denial and what follows it"). Some words take a denial back
// wherever they stand ("except", "until", "decided", "do it"); others only when their clause is about the act: "but",
// "will", "tomorrow", "lakini", "kesho" after "I have no thoughts of suicide" take it back in "… but they come at night",
// "… Kesho.", not in "… Tomorrow I have an exam." or "… but I am tired".

const TAKERS = [
  'except|apart from|other than|besides|until|till|yet|because|cause|since|anymore|any more',
  'like (?:it|today|tonight|now|i do|these days)|so much as|as much as|as i do|so badly|this much|that much|so much',
  'more than|like this|siwezi kuendelea|cant go on|tonight|soon|plan|planned|decided|urge|urges|do it|isipokuwa',
  'ispokuwa|mpaka|hadi|kama|tena|usiku|nimeamua|nitajiua|nitafanya|mwisho',
  // When, the day or the hour known ("sina mpango wowote wa kujiua, najua tu siku na saa"; code review 280).
  '(?:na|nimesha|nisha)jua (?:tu )?(?:siku na saa|lini)',
].join('|');
/** Words that are everyday too: a contrast, the future, a day ("but work is hard", "kesho nina mtihani"). */
const EVERYDAY = 'but|only|though|now|today|tomorrow|will|ill|going to|gonna|lakini|ila|sasa|leo|kesho';
/** Words that take a denial back wherever they stand after it. */
export const TAKEN_BACK = new RegExp(` (?:${TAKERS}|${EVERYDAY}) `, 'u');
const ALWAYS = new RegExp(` (?:${TAKERS}) `, 'u');

/** Everyday things a denial may be followed by: school, work, trade, worship, the clinic, bills, the farm, sport, chores,
 * and plain tiredness or stress. A denial stands only when what follows speaks of one of them (and of nothing below):
 * a crisis told in words no list foresaw keeps the alarm (review 13 found 124 such crises a list of alarming words
 * alone let through). */
const EVERYDAY_TOPIC = new RegExp(
  ` (?:${[
    'exams?|tests?|school|class(?:es)?|lectures?|college|campus|university|studies|studying|homework|assignments?|diploma',
    'work|working|job|shift|office|boss|manager|business|shop|market|church|mosque|choir|doctor|clinic|hospital',
    'appointment|checkup|counsellor|therapist|results|medicine|meds|rent|fees|bills|salary|money|budget|landlord',
    'farm|shamba|beans|maize|rains?|football|match|gym|training|cooking|cooked|laundry|cleaning|interview|meeting',
    'traffic|matatu|bus|tired|stressed|stress|busy|worried|anxious|anxiety|headache|stomach|flu|sick|back hurts',
    'mtihani|shule|shuleni|darasa|chuo|kazi|kazini|ofisi|ofisini|bosi|biashara|duka|soko|sokoni|kanisa|kanisani',
    'msikiti|ibada|daktari|hospitali|kliniki|kodi|karo|ada|bili|mshahara|pesa|hela|doo|shambani|mpira|mechi',
    'mazoezi|kupika|kufua|usafi|mahojiano|mkutano|mboga|mvua|kibarua|mjengo|nimechoka|nimechoshwa|imenichosha',
    'msongo|shughuli|mgonjwa|homa|mat|mboka|hustle',
  ].join('|')}) `,
  'u',
);

/** Words that point back at the act or the thoughts, hedge, date, wait for something first or undo a denial, or tell
 * of dying, means, preparing, goodbyes, relief or leaving: any of them in what follows leaves the denial taken back.
 * English words match with any ending ("prepar" prepared, preparing); Swahili stems inside a word ("pumzik"
 * nitapumzika, mtapumzika). Broad on purpose: a wrong "taken back" keeps the alarm a denial would have lowered. */
const ABOUT_THE_ACT = new RegExp(
  ` (?:${[
    // Pointing back, and the thoughts themselves.
    'it|its|that|thats|this|these|those|them|they|theyre|there|thought|thoughts|think|thinking|idea|ideas|mind|head',
    'voices?|feel it|feeling it|hiyo|hayo|hilo|hizo|huo|hii|haya|hizi|izo|iyo|hio|yale|lile|mawazo|wazo|akili|kichwa',
    // When, how often, how sure, what comes first.
    'sometimes?|some days|lately|recently|these days|nights?|every ?day|daily|all the time|when|whenever|again|still',
    'promise|sure|know|knows|maybe|probably|might|may|perhaps|unless|if|days?|times?|then|first|wait|waiting|before',
    'after|later|someday|eventually|forever|honestly|truth|true|lie|lied|lying|actually|pretend|least',
    'anyway|finally|different|another|story|who knows|turn|counting|countdown|once|through|stay|staying|stick|around',
    'hold on|holding on|permanently|for good|last|final|end|ends|ending|ended|over|done|stops?|\\p{N}+(?:st|nd|rd|th)',
    'january|february|march|april|june|july|august|september|october|november|december',
    // Deciding, preparing, arranging, giving away, telling others otherwise.
    'ready|decided|decide|decision|plans?|planned|planning|i do|i did|do it|doing it|do what|try|trying|tried|attempt',
    'prepar\\p{L}*|arrang\\p{L}*|affairs|sort\\p{L}*|organi[sz]\\p{L}*|will be sorted|handed|hand over|returned|paid',
    'owed|debts?|give|gave|giving|given|sell|sold|selling|insurance|letters?|notes?|message|recorded|wrote|written',
    'password|pin|belongings|things|stuff|packed|pack|packing|tell|told|say|saying|said|so she|so he|so they|paper',
    // Dying, means, leaving, joining the dead, relief, being remembered.
    'die|dies|dying|death|dead|suicide|suicidal|kill|killing|hurt|hurting|harm|cut|cutting|life|live|living|alive',
    'exist|existing|wake|sleep|asleep|disappear|be here|better off|burden|point|reasons?|hope|hopeless|give up',
    'giving up|method|means|pills?|rope|river|lake|tracks?|bridge|balcony|roof|edge|stood|standing|free|freedom|peace',
    'rest|resting|calm|settled|happy|happier|relief|relieved|quiet|quietly|pain|suffering|struggle|matter|alright',
    'all right|okay|ok|fine|good|better|goodbyes?|farewells?|bye|see you|other side|miss me|without me|remember',
    'memory|join|home|checking out|check out|journey|one way|away|leave|leaving|gone|go|going quietly|unreachable',
    'reach|nobody|no one|nothing|everyone|everybody|all of you|you all|worry|understand|move on|sorry|forgive|thank',
    'love you|take care|look after|enough|world|heaven|god|late|funeral|grave|ancestors|yours|phone|off',
    // Family, hugs, what is left to whom: farewells to family told beside an everyday topic (review 14).
    'grandma|grandmother|grandfather|mum|mom|mother|dad|father|parents|family|kids|children|sister|brother|wife|husband',
    'son|daughter|relatives|cousin|aunt|uncle|during',
    'hug|hugs|hugging|kiss|leave (?:my|all|everything)|left (?:my|all|everything)|my will|keep|collect|return|hand',
    'thanked|bury|buried|pension|signed|inherit\\p{L}*',
    // Hedges and negations: "… but i cant promise", "… lakini sitaweza".
    'not|no|never|dont|didnt|wont|cant|cannot|can not|aint|wouldnt|wouldn|shouldnt|mind if',
  ].join('|')})(?= )`,
  'u',
);
/** A Swahili verb's subject, negation, tense and object prefixes, so a stem is found in "nitapumzika" but not inside
 * an English word ("company", "physics"). */
const SW_PREFIXES =
  '(?:si|ha|hu)?(?:ni|u|a|tu|m|mu|wa|ki|vi|li|ya|i|zi|ku|pa)?(?:ta|li|me|na|sha|mesha|lisha|nge|ki|ka|a)?(?:ni|ku|m|mw|tu|wa|ji|i|li|ya|ki|vi|zi)?';
/** Swahili and Sheng words and stems, after a verb's prefixes; and the negations as words of their own. */
const NEGATED_SW = / (?:si|sio|siyo|sitaki|siwezi|sitaweza|sina|hapana|sija\p{L}*)(?= )/u;
const ABOUT_THE_ACT_SW = new RegExp(
  ` ${SW_PREFIXES}(?:${[
    'nawaza|nafikiria|nikifikiria|nikiwaza|waza|fikiria|nijia|kuja|rudi|rudia|sumbu|jaa|wakati mwingine|mara nyingine',
    // Despair in words of its own (code review 292): tired of fighting, no way ahead or direction, of everyone.
    'pigana|pambana|sioni mbele|mwelekeo|watu wote|kila mtu',
    'mara kwa mara|kila siku|kila wakati|siku|hivi karibuni|bado|tena|labda|pengine|huenda|sijui|ahadi|ahidi|uhakika',
    'kama|ikiwa|ndio|ndiyo|ndo|kabla|baada|baadaye|mpaka|hadi|subiri|ngoja|kwanza|kuanzia|milele|ukweli|kweli|uongo',
    'najifanya|sai|tutaona|tuone|mtaona|mtajua|mtaelewa|hatimaye|hadithi|zamu|tarehe|ujao|ijayo|angalau',
    'tayari|amua|uamuzi|fanya|jaribu|mwisho|kwaheri|buriani|aga|amani|pumzik|barua|andik|ujumbe|nunua|fich|chagua',
    'pang|mpango|plan|ploti|jiand|tekelez|vumil|maliz|malize|ishe|isha|kila kitu|everything|mto|mtoni|mbali|tutaonana',
    'upande wa pili|vitu|mizigo|mpa|wapa|gawa|uza|wosia|samehe|samahani|asanteni|nawapenda|tunze|tosha|dunia',
    'mbinguni|mungu|marehemu|mazishi|msiba|kaburi|wahenga|ungan|pote(?!za (?:kazi|simu|pesa|funguo|kitambulisho)(?= ))|sepa|kumbuk|msijali|sitasumbua|hakuna|hamna',
    'huru|salama|shwari|freshi|sawa|poa|madeni|deni|lipa|kufa|nife|tufe|kifo|kujiua|nijiue|jimaliz|dedi|maisha',
    'kuishi|uhai|lala|amka|towek|ondok|sitakuwepo|sitakuwa|mzigo|sababu|matumaini|tamaa|njia|jinsi|namna|simu',
    'bibi|babu|mama|baba|familia|watoto|mtoto|mwana|wazazi|ndugu|shangazi|mjomba|kumbati|kumbatie|achia|urithi',
  ].join('|')})\\p{L}*(?= )`,
  'u',
);
/** Words right after the cue that set the denial to a time ("not going to kill myself today", "… at least for now"). */
const DATED =
  /^ (?:(?:for |right |just |at least |at least for |angalau |angalau kwa |kwa |hata )?(?:now|today|tonight|yet|leo|sasa|bado)) /u;

/** Going to an everyday place is no leaving ("… tomorrow i go to the clinic", review 82): the place alone is read, only
 * when going there is all that follows the denial but a day or a time, an appointment after it: "… i go to the farm to
 * hang myself", "… i drank jik i go to the clinic" keep "go" and the alarm (reviews 84, 87); the hospital, where
 * one goes after an attempt, is left out (review 89). */
const GOING_TO_PLACE =
  /^((?: (?:today|tomorrow|kesho|leo|and|so|then|now|i am doing well))*) (?:i (?:am |will )?|we (?:are |will )?)?(?:go|going|will go) to (?:the |my )?(clinic|school|work|church|mosque|market|office|class|gym)(?=(?: (?:today|tomorrow|kesho|leo|later|early|in the (?:morning|afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for (?:my |a |the )?(?:appointment|checkup|check up|review|refill|results|clinic day)))* $)/u;

/** The denial narrowed to a place ("… only at work", "… ila kazini tu", review 79): the thoughts admitted there. */
const RESTRICTED =
  /^ (?:but |and |ila |lakini )?(?:only|just|except) (?:at|in|on|during|when|while|around)(?: \p{L}+){1,4} $| (?:ila|lakini) (?:nikiwa \p{L}+|\p{L}+ni tu) $| tired of (?:fighting|trying) $/u;

/**
 * What follows a denial is an everyday sentence of its own, so its everyday words ("but", "tomorrow", "will",
 * "lakini", "kesho") take nothing back: it speaks of an everyday thing, of nothing that points back, hedges, waits or
 * tells of an end, is not the denial's own time, and raises nothing read alone (`quiet`).
 */
export function everydayAfter(sameSentence: string, later: string, quiet: (text: string) => boolean): boolean {
  const rest = ` ${sameSentence} ${later} `.replace(/\s+/gu, ' ').replace(GOING_TO_PLACE, '$1 $2');
  return (
    !RESTRICTED.test(rest) &&
    EVERYDAY_TOPIC.test(rest) &&
    !ALWAYS.test(rest) &&
    !ABOUT_THE_ACT.test(rest) &&
    !ABOUT_THE_ACT_SW.test(rest) &&
    !NEGATED_SW.test(rest) &&
    !DATED.test(` ${sameSentence.trim()} `) &&
    quiet(rest)
  );
}

/** What follows a denial takes it back: a word that takes back, in anything but an everyday sentence of its own; or a
 * time right after it that dates the denial ("sina mpango wa kujiua bado", not yet). */
export function takesBack(
  sameSentence: string,
  later: string,
  quiet: (text: string) => boolean,
  dayFrees = false,
): boolean {
  const rest = withoutToday(sameSentence);
  const day = dayFrees && rest !== sameSentence;
  if (DATED.test(` ${sameSentence.trim()} `) && !day) return true;
  // "no suicidal thoughts today": a denial of the thoughts, opening the check-in, is not taken back by the check-in's own
  // day; what follows the day is read as ever (not a plan denied for the day: "no plans to kill myself today").
  if (day) return `${rest}${later}`.trim() !== '' && !everydayAfter(rest, later, quiet);
  return (
    TAKEN_BACK.test(` ${sameSentence} ${later} `.replace(/\s+/gu, ' ')) && !everydayAfter(sameSentence, later, quiet)
  );
}
