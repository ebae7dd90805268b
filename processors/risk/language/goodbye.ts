// "goodbye everyone" said as a day's goodbye (session 26, reviews 74, 78): the preparation cue paged a clinician for
// "goodbye everyone see you tomorrow", "kwaheri kila mtu tuonane kesho". As with a milestone (milestone.ts), it stands
// down only when every other word of the check-in is an everyday goodbye naming the speaker's return, or a filler. Any
// other word ("… forever", "… i took the pills"), a goodbye naming no return ("… logging off for a while", "… leaving
// the group tonight": veiled farewells too, review 78) or an emoji other than a few everyday ones keeps the alarm.

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const SW_DAY =
  '(?:kesho kutwa|kesho|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki ijayo|next week|mwezi ujao|baadaye)';
const PART = '(?: (?:morning|evening|afternoon|asubuhi|jioni|usiku))?';
const PLACE =
  '(?: at (?:the meeting|church|the mosque|work|school|the office|chama|the clinic|the hospital)| in class| (?:kanisani|msikitini|kazini|shuleni|chamani))?';
const GOD = '(?: (?:god willing|mungu akipenda|inshallah|panapo majaliwa))?';
const GOODBYE =
  '(?:good ?bye|bye|kwaheri|goodnight|good night) (?:everyone|every one|everybody|all|guys|wote|nyote|kila mtu)';
/** A goodbye that names the speaker's return; not "see you soon", "… on the other side". */
const RETURN = [
  `see you (?:all |guys )?(?:(?:tomorrow|tmrw|tommorow|tomorow|2moro|kesho|next week|next month|next time|at the next session|on ${DAY}|${DAY})${PART}${PLACE}|later|at (?:the meeting|church|the mosque|work|school|the office|chama))${GOD}`,
  `see you (?:in class|at church|at the mosque) (?:tomorrow|on ${DAY})${GOD}|see you (?:at the |the )?next (?:session|year)${GOD}|(?:until|till) (?:tomorrow|next time)|(?:we will |lets )?talk (?:to you )?(?:tomorrow|later|on ${DAY})${GOD}|(?:tuongee|tutaonana tena) ${SW_DAY}${GOD}|(?:tuonane|tutaonana) ${SW_DAY}${PART}${PLACE}${GOD}`,
  '(?:i am |im |am )?(?:logging|signing) off for (?:(?:the|a) (?:night|day|weekend)|today)',
  `i will check in (?:again )?(?:tomorrow|later|on ${DAY})`,
];
/** Everyday words said beside a named return ("… logging off, see you tomorrow"); alone they keep the alarm. */
const OTHER = [
  '(?:i am |im |am )?(?:logging|signing) off',
  '(?:i |i am |im |am )?(?:leave|leaving|exit|exiting|left) (?:the|this) (?:whatsapp )?(?:group chat|group|chat)',
  '(?:my )?(?:phone|battery) is (?:dying|about to die|low|almost dead|almost off)',
];
const FILLER =
  '(?:ok|okay|so|and|now|today|thanks|thank you|asante|sana|for now|god bless|be blessed|have a (?:good|nice|blessed) (?:day|evening|weekend)|take care|stay safe|stay blessed|bye|guys|doc|daktari|asanteni|mbarikiwe|mungu awabariki|sawa|haya|basi|poa)';
const only = (filler: string) => `(?: +(?:${[GOODBYE, ...RETURN, ...OTHER, filler].join('|')}))+ *$`;
const has = (xs: readonly string[]) => `(?=.* (?:${xs.join('|')})(?= |$))`;

/** The whole check-in (its clauses joined) is everyday goodbyes naming a return: the cue stands down. */
export const GOODBYE_RETURNING = new RegExp(`^${has(RETURN)}${only(FILLER)}`, 'u');
/** Typed signs the joined clauses drop (review 80): quotes, "?", "*", a sad emoticon, an emoji other than a few everyday
 * ones (😴 💤 👋 🙏 😊 🙂 😀 👍 ❤ 🌙 ✌ 🤗 😘 🥰 🤝 💪 🤲): the alarm stays. */
export const GOODBYE_KEPT =
  /[?"\u201C\u201D\u00AB\u00BB*]|(?<!\p{L})'|'(?!\p{L})|[:;=]'?-?[([/|\\]|<\/3|\bT[_.]T\b|(?![\u{1F634}\u{1F4A4}\u{1F44B}\u{1F64F}\u{1F60A}\u{1F642}\u{1F600}\u{1F44D}\u{2764}\u{1F319}\u{270C}\u{1F917}\u{1F618}\u{1F970}\u{1F91D}\u{1F4AA}\u{1F932}])\p{Extended_Pictographic}/u;

/** Words of death, of not coming back or of a farewell's last wishes: the goodbyes stay a farewell. */
const NOT_A_TRIP = [
  'die|dead|death|dying|kill|killing|suicide|suicidal|end it|end my life|forever|milele|heaven|mbinguni|better place',
  'last time|(?:never|wont|will not|not) (?:be )?(?:come|coming|be) back|no return|(?:wont|will not|never) return',
  '(?:wont|never) see me again|end of the road|one way|for good|the end|landing|cant go on|(?:left )?to live for|pain',
  'lost|denied|tired of (?:living|life)|letters?|barua|tell my \\p{L}+ i love\\p{L}*|forgive me|nisamehe',
  '(?:m|u)sinitafute|dont (?:look|search) for me|sirudi|sitarudi|hamtaniona|hutaniona|sitaki kuishi',
  'nife|kufa|kujiua|nijiue|nitajiua|nobody will miss|wont be here|(?:dont|do not) want to be here|done with (?:life|everything)',
  'sitaki kuendelea|nimechoka|final|last (?:home|journey|trip|stop)|jump\\p{L}*|join|late|passed|rest|suffering',
  'where \\p{L}+ went|nobody (?:will|can) find|tonight|usiku|safari ndefu|wont hurt|bridge|river|make it|better this way',
  'deal with me|cant do this|better off|anymore|take care of|for the best|happier|remember me|see (?:any of )?you again',
  'sitaonekana|mtanikumbuka|nikumbukeni',
].join('|');
/** Where one may go on a trip: work or study, a new home, a named town or country. */
const TRIP_PLACE = [
  'work|school|college|university|campus|(?:a |the |my )?new (?:job|school|house|home|place|station)|the (?:village|city|coast|us|uk)',
  'nairobi|mombasa|kisumu|nakuru|eldoret|kampala|dar|arusha|malindi|thika|machakos|nyeri|kitale|meru|kakamega|naivasha',
  'dubai|saudi|qatar|oman|canada|germany|uk|usa|us|america|london|europe|abroad|australia|china|india|kigali|juba|addis',
].join('|');
/** A journey told as one: at the airport, relocating, a visa or a flight, or going off to a place named (not "… heading
 * to where my brother went", "… off to a place where i can rest"; code reviews 280, 282). */
const TRIP = [
  '(?:at|to|from) (?:the )?(?:airport|jkia)|relocat\\p{L}*|visa (?:ya|to|for)|my (?:flight|visa)|boarding',
  `(?:off|flying|moving|leaving|travelling|traveling|heading|going back|left|leave|leaves) (?:to|for) (?:${TRIP_PLACE})`,
  `(?:na|ni|nita)safiri (?:kwenda |kuenda |to )?(?:${TRIP_PLACE})`,
].join('|');

/** Goodbyes said for a flight, a move abroad or work away ("said my goodbyes at jkia today off to dubai for work"; red
 * team 274), in a check-in (its clauses joined) with no word of death, of not coming back, of last wishes or despair
 * anywhere: "… off to dubai. wont be coming back, nobody will miss me" (code reviews 278–284). */
export const GOODBYES_FOR_A_TRIP = new RegExp(`^(?!.* (?:${NOT_A_TRIP})(?= |$)).* (?:${TRIP})(?= |$)`, 'u');
