import type { Cue } from './patterns.js';
import { re, WRITTEN_AS_FORM } from './words.js';
import { DAYS } from './planned-words.js';

// A death announced as a departure (RULES.md, "A death announced as a departure"): "i am leaving this world tonight",
// "im going to a better place tonight goodbye all", "tonight i end it all", "my last week alive", "by the time you read
// this i will be dead", "naondoka duniani leo", "good bye everyone i cant do this anymore". Review 41 found them low or
// medium. Cues added after review 34 can only raise (index.ts): a blocked cue leaves the older reading. Review 44 found
// the first wording raising moves, prayers, away messages and logging off: the ambiguous ones now need a word of
// death, despair or farewell in the same clause, and the blockers read the cue's sentence, not the whole check-in.

/** A time now or soon. */
const SOON =
  '(?:tonight|today|now|right now|soon|tomorrow|this (?:evening|morning|afternoon|weekend|week)|at midnight|leo|leo usiku|usiku huu|usiku wa leo|kesho|sasa hivi|hivi karibuni)';
/** One's own death or despair said in the same clause, which a move, a prayer, an errand or a sign-off does not say
 * (review 45: "nimechoka", "dying", "sorry", "pain" are everyday words beside a goodbye). */
const GRAVE_WORDS =
  '(?:end my life|(?<!could |would )kill myself|i cant go on(?= $| (?:anymore|kwaheri|goodbye)\\b)|(?:no reason to live|sina sababu ya kuishi)(?= $| (?:anymore|tena|goodbye|kwaheri)\\b)|(?:nobody|no one) will miss me(?= $| (?:anyway|goodbye|kwaheri)\\b)|hakuna atakayenimiss|never wake up(?= $| (?:again|tomorrow|kwaheri|goodbye) $)|sitaamka tena)';
/** `cue` (opening with a space) with `words` before or after it in its clause; looked for behind only once the cue
 * matched (looking behind at every position cost 170 µs a text), and the cue's words are none of `words`. */
const beside = (cue: string, words: string) => `(?:${cue})(?:(?= (?:.* )?${words}(?= |$))|(?<= ${words} .*))`;
/** The other side of death; a late relative only when nothing follows ("… my late husbands family"). */
const BEYOND =
  '(?:a better place|heaven|the afterlife|the next life|be with my late \\p{L}+(?= $| (?:tonight|today|now|soon))|meet my maker|join (?:my late \\p{L}+(?= $| (?:tonight|today|now|soon))|my ancestors(?= $| (?:tonight|today|now|soon))))';
/** A time that names this day or night, not "soon" or "now" (an old person's "i will leave this world soon"). */
const TONIGHT =
  '(?:tonight|to night|2nite|this night|today|to day|2day|(?:tomorrow|tomorow|tommorow|tomoro)(?: morning| night)?|tmrw|tmr|this (?:friday|saturday|sunday)|on (?:friday|saturday|sunday)|kesho (?:asubuhi|usiku)|this (?:evening|morning|afternoon|weekend)|at midnight|leo|leo usiku|usiku huu|usiku wa leo|jioni hii|jioni ya leo|kesho)(?: (?:evening|morning|night|at dawn|jioni|usiku|asubuhi|alfajiri))?';
const I_AM = '(?:i am|im|i m|i will be|ill be|i ll be)';
/** This world, as speech-to-text also writes it ("this word", "dis world"); not "this life", which a habit or a
 * sentence served ends as often (review 64): LEAVING_THIS_LIFE reads it only beside despair or a farewell. */
const THIS_WORLD = '(?:this|dis) (?:world|earth|word|wold)';
/** Where a departure with the time first or in the plain present ends: there, or with a farewell or despair said to
 * the end ("… goodbye everyone", "… im sorry"); not "… goodbye tiktok for one month" (review 56). */
/** … the farewell or despair itself, after a space. */
const FAREWELL_WORDS =
  ' (?:(?:for good|forever) )?(?:goodbye|good bye|kwaheri|kwa heri|kwaherini|bye bye|bye|farewell)(?: (?:everyone|everybody|all|wote|mum|mom|mama|dad|baba|family|familia yangu|guys|friends|cruel world|world|my \\p{L}+|mum and dad|mama na baba))?(?: (?:bro|maze|msee))? $| (?:forever|for good)(?: (?:bro|maze|msee))? $| (?:nobody|no one) (?:cares|will (?:miss|care|notice))| (?:hakuna|hamna) (?:anayejali|atakayenimiss)| (?:i am |im |am )?sorry(?: (?:mum|mom|mama|dad|baba|for everything|(?:to )?(?:everyone|evryone|everybody|all|my family|family)))? $| pole (?:mama|baba|familia)(?: yangu)? $| (?:i am|im) done $| (?:god |mum |mom |mama |please )?forgive me| (?:dont|do not) look for me| usinitafute| goodbye to (?:my family|everyone|you all)| (?:mama |mungu )?nisamehe| i cant (?:do this|go on|take (?:it|this))| siwezi tena| nimechoka(?: sana| na maisha)? $| msinitafute| msinisahau| no more pain| please take care of my (?:kids|children|baby|mum|mom)| i love you(?: (?:all|mum|mom|mama|family))? $';
// … or "no more", "sitarudi tena" ending it (red team 219): not after "naiacha dunia" (FAREWELL_SAID), a church's words.
const FAREWELL_END = `(?= $| no more $| (?:sitarudi|sitarudi tena|sitaonekana tena) $|${FAREWELL_WORDS})`;
/** A farewell said after it, not a bare end ("leo naiacha dunia" is also a church's leaving of the world). */
const FAREWELL_SAID = `(?=${FAREWELL_WORDS})`;
/** What a short departure with the time first is about when it is no death, anywhere in the check-in (reviews 56, 59,
 * 64): a plane, an app, being saved, a game, exams, jail, rehab, a song, sleep, a dream, a joke. */
const DEPARTURE_TOPICS =
  'plane|ndege|airport|flying|tiktok|snapchat|youtube|social media|accepted (?:jesus|christ)|my (?:lord and )?saviour|gave my life to (?:god|jesus|christ)|got saved|born again|baptis\\p{L}*|seminary|yesu|kristo|repent\\p{L}*|surrender\\p{L}*|nimempokea|pubg|fortnite|skyrim|gta|free fire|efootball|roblox|clash of clans|anime|telenovela|gaming|mchezo|kucheza|(?:last|next|final|new) levels?|season|squad|vr|(?:delet\\p{L}*|uninstall\\p{L}*) (?:\\p{L}+ )?apps?|wifi|exams|revising|jail|prison|gereza|remand|rehab|quit (?:drinking|smoking|alcohol|pombe|bhang|weed|betting|social media|tiktok|facebook|instagram|twitter|whatsapp)|retreat|ruracio|monastery|convent|freestyle|verse|album|chorus|short story|storytelling|sleepy|nalala|kulala|lala salama|lights out|phone off|headset|shags|ushago|upcountry|christmas|bed|boarding|half term|nimestaafu|kustaafu|retir\\p{L}*|scholarship|maombi|mfungo|nazima simu|nina exam|nina mtihani|exam (?:kesho|tomorrow)|gemu|on seen|blue ticks?|on read|fasting|ramadhan|ramadan|lent|hike|hiking|camping|who dis|uninstall\\p{L}*|good ?night|usiku mwema|dream|dreamt|dreamed|nightmare|ndoto|hehe|lmao|jk|jokes|natania|kdrama|k drama';
/** Someone who left or hurt the speaker, said before a farewell: the reason, not someone else's story ("she left me i
 * am leaving this world tonight"). */
const LOSS =
  '(?:has |have |just |all |really )?(?:left me(?! (?:a |an |the |on |in )?(?:voice ?notes?|voicemail|message|msg|text|note|sms|missed call|read|seen|blue ticks?|charge|money|cash|keys|food)\\b)|(?:dumped|cheated on|abandoned|betrayed|rejected|hates|hate|doesnt love|dont love|never loved|broke up with|fired|sacked|kicked out|divorced|doesnt want) me)';
/** "… leaving this world tonight of office gossip": a world of something, not this one (review 61). */
const OF_SOMETHING = '(?:tonight|today) of(?! all| course| my own| my free)';
/** A loss told as the speaker's own, not a game, an app, a joke or a show's line after it (reviews 61, 68). */
const LOSS_OWN = `${LOSS}(?!.* (?:clan|server|tinder|dating app|jokes?|natania|kdrama|k drama|i mean the|people think|no way im|${OF_SOMETHING})(?= |$))`;
/** A show, a film or a game told before the pronoun ("i watched a kdrama where he dumped me …"). */
const STORY_BEFORE =
  ' (?:kdrama|k drama|drama|film|movie|series|show|game|episode|texted me|messaged me|sent me)(?: \\p{L}+){0,3} ';
/** A past now over (said after a departure in its sentence, it retells one: "tonight i leave this world, i used to
 * say that"). */
const PAST_OVER = 'used to|years ago|last year|zamani|back then';
/** What may frame a departure from another sentence ("Minecraft all day. Tonight i leave this world"): a story, a
 * game, a joke, a trip, an app, sleep, a church, a recovery. */
const NOT_OWN_CONTEXT = `(?:imagine|pretend|bucket list|song|lyrics|track|film|movie|series|episode|drama|novel|book|poem|quote|play|scene|script|character|roleplay|class|lecture|sermon|preached|crusade|kesha|rapture|moon|mwezini|nimeokoka|saints|surgery|operation|theatre|sleep|sleeping|dreams|studies|detox|off grid|network|kdf|jeshi|army|police|netflix|show|facebook|instagram|twitter|deactivat\\p{L}*|account|arrive|chat|minecraft|game|enjoying|wedding|harusi|campus|graduation|bachelor|honeymoon|team|match|mechi|arsenal|chelsea|liverpool|man u|united|football|referee|patient|client|haha|lol|joking|kidding|utani|trip|flight|bus|matatu|holiday|holidays|likizo|visa|abroad|hotel|airbnb|new job|new house|new place|moving to|relocating|nahamia|hostel|offline|log(?:ging)? off|whatsapp|safari|journey|group|chama|mchungaji|kanisa|kanisani|healed|better now)`;
/** … and what says so only in the cue's own sentence: a hypothetical, someone else, a job, an illness, a relative. */
const NOT_OWN_SENTENCE = `(?:if|as if|like its|like it is|like it was|god willing|mungu akipenda|inshallah|from now|pastor|prayers?|worship|funeral|burial|mazishi|matanga|(?<=${STORY_BEFORE})(?:he|she|they|him|her)|(?:he|she|they)(?! ${LOSS_OWN})|(?:him|her)(?! (?:\\p{L}+ ){0,6}?(?:he|she|they) ${LOSS_OWN})|his|their|old|mzee|(?<!(?:lost|lose|no|without|from) (?:my |the |a )?)job|job(?=.* ${OF_SOMETHING})|cancer|mgonjwa|ugonjwa|daktari|doctor|in case|sick|company|years old|grandma|grandmother|grandpa|grandfather|shosho|guka|babu|pray|praying|cemetery|grave|anniversary|memorial|single|hospital|hospitali)`;
/** In the cue's sentence: a hypothetical, someone else, a song, a film, a lesson, a joke, a trip, a move, a job, or a
 * past now over. */
const NOT_OWN_WORDS = `(?:${NOT_OWN_SENTENCE}|${NOT_OWN_CONTEXT}|${PAST_OVER})`;
const NOT_ONES_OWN_NOW = re(` ${NOT_OWN_WORDS} `);
/** Anywhere in the check-in: someone's dying words retold, or a rescue ("my dad whispered. Tonight I leave this world
 * …", "… She saved me."). */
const RETOLD =
  'church|saved me|niliokolewa|whispered|alituambia|ndivyo alisema|(?:his|her|their) last words|maneno yake ya mwisho';
/** Before it in the clause: when, the day, once, before or after, as or like (a future or a saying of any life's end). */
const NOT_SAID_OF_NOW = re(
  ' (?:when|whenever|once|the day|one day|someday|before|after|until|till|as|like|every|nikifa|said|says|told|tells|wrote|writes|anasema|alisema) ',
);
const blockers = { unlessSentence: NOT_ONES_OWN_NOW, unlessWritten: WRITTEN_AS_FORM, unlessBefore: NOT_SAID_OF_NOW };

/** A farewell said to one's people, not to money, an ex or a single life (review 48). */
const FAREWELL_TO =
  '(?:nimeaga|nimewaaga|nimeshaaga|nimeshawaaga|i have said goodbye to|ive said goodbye to|i said goodbye to) (?:(?:wote|kila mtu|everyone|everybody)|(?:my |familia |wazazi |watoto |wanangu |marafiki )?(?:family|kids|children|parents|friends|mum|mom|mother|dad|father|wife|husband|yangu|wangu|zangu|wote|mama|baba))';
/** One's own killing, or one's own death tonight ("nitakufa leo"): not a joke before an exam or a ride, "nimeaga
 * familia yangu nitakufa" (review 53), nor "nitakufa njaa", "i will die poor". */
const OWN_DYING =
  '(?:(?:nitajiua|najiua|i will kill myself|im going to kill myself|i am going to kill myself)(?= |$)|(?:nitakufa|i will die|i am going to die|im going to die|niko tayari kufa) (?:leo usiku|leo|tonight|usiku huu)(?= $| (?:kwaheri|goodbye|msinitafute|sitarudi|nimeaga|nimewaaga|nimeshaaga|i said goodbye|i have said goodbye|ive said goodbye)\\b))';

/** What the time-first departures are not: a hypothetical, someone else, a past said after the place left (`place`:
 * "world", "life"; a retelling), a form, or a time, a saying or a thought before it. A past said before the time is what the time turns from ("i used to be happy
 * tonight i leave this world"). */
const timeFirstBlockers = (place: string) => ({
  unlessSentence: re(` (?:${NOT_OWN_SENTENCE}|(?:${place}) (?:.* )?(?:${PAST_OVER})) `),
  unlessWritten: WRITTEN_AS_FORM,
  unlessBefore: re(
    ` (?:${NOT_SAID_OF_NOW.source.slice(4, -2)}|saying|thought|think|thinking|nilifikiri|nilidhani|told myself|i was sure|nilijiambia|kuanzia|tangu) `,
  ),
});
/** A way of life that "this life" may be, or one told as a practice: a habit, a crime, a place, a job, a marriage, being
 * saved (reviews 64, 219, 220: "… a thief for ten years. tonight i am leaving this life", "nimekuwa mlevi tangu 2015"). */
const WAY_OF_LIFE =
  '(?:thief|steal\\p{L}*|stole|gang|crime|criminal|drink\\p{L}*|drunk|alcohol|pombe|drugs?|weed|bhang|smok\\p{L}*|bets?|betting|gambl\\p{L}*|married|marry|marrying|marriage|relationship|wedding|harusi|ndoa|single|bachelor|city|town|village|kijiji|shags|job|kazi|career|contract|hustl\\p{L}*|streets?|sex work\\p{L}*|mtaa|rent|sin|sins|dhambi|party|partying|clubs?|clubbing|saved|born again|sports?|campus|school|student|teaching|teacher|army|prison|jail|ministry|priest|retire\\p{L}*|pension|business|biashara|fame|politics|siasa|music|football|boxing|debts?|madeni|poverty|umaskini|slum|ghetto|hostel|nairobi|mombasa|kisumu|nakuru|eldoret|abroad|ughaibuni|wizi|mwizi|jambazi|ulevi|mlevi|kamari|bangi|miraa|muguka|ukahaba|mpango wa kando|boda|conductor|makanga|watchman|mitumba|farm|cult|khat|chew\\p{L}*|slay queen|sponsor|side chick|umalaya|mihadarati|illuminati|freemason\\p{L}*|house help)';
const PRACTICE =
  '(?:(?:i have been|ive been|i was a|i used to|nimekuwa|nilikuwa) (?:\\p{L}+ ){0,6}?(?:for|since|tangu|miaka|every day|kila siku)|(?:i have been|ive been) a)';
/** Tired of the way of life itself: despair about it is no despair of living ("nimechoka na pombe"). */
const TIRED_OF_IT = `(?:nimechoka na|tired of(?: the)?|cant go on|in this)(?: \\p{L}+){0,3}? ${WAY_OF_LIFE}`;
/** Despair, a loss or a farewell told anywhere, which makes "this life" one's own life whatever else is named. */
const DESPAIR = `(?:not anymore|nothing left|no reason to (?:live|go on|wake up)|(?:nobody|no one|not a single person)(?: \\p{L}+){0,4}? (?:cares|loves)|cant pay|(?:are|is|am) hungry|everyone laughs at me|lost everything|cant (?:go on|take (?:it|this)|do this)(?! (?:\\p{L}+ing|in this|with)\\b)|tired of (?:life|living|everything)|nimechoka(?! na (?!maisha\\b)\\p{L}+)|sina (?:sababu|tumaini|matumaini)|hakuna anayejali|${FAREWELL_TO}|nimewaambia wawe wazuri|told my (?:kids|children) to be good|${LOSS_OWN})`;
const SW_THIS_LIFE = '(?:maisha (?:haya|yangu)|haya maisha)';
const THIS_LIFE = `${TONIGHT} (?:(?:${I_AM}|i will|ill|i shall|i) (?:finally |just |quietly )?(?:leaving|leave) this life|(?:naiacha|nayaacha|ninayaacha|nitayaacha|nitaiacha|naacha|ninaacha|nitaacha) ${SW_THIS_LIFE})`;
const thisLife = (end: string, onlyWhole?: RegExp): Cue => ({
  tier: 'plan',
  code: 'intent',
  re: re(` ${THIS_LIFE}${end}`),
  ...(onlyWhole ? { onlyWhole } : {}),
  // A way of life named anywhere is what is left, unless despair or a loss is told too.
  unlessWhole: re(
    `(?: (?:${NOT_OWN_CONTEXT}|${DEPARTURE_TOPICS}|${RETOLD}|${TIRED_OF_IT}) |^(?!.* ${DESPAIR}(?= |$)).* (?:${WAY_OF_LIFE}|${PRACTICE}) )`,
  ),
  ...timeFirstBlockers('life|maisha'),
});
/** "This life" with the time first (reviews 59, 64, 207), followed by a farewell, or ending the check-in where despair or
 * a loss is told: review 64 found "this life" is as often a habit left, so THIS_WORLD leaves it out. */
const LEAVING_THIS_LIFE: readonly Cue[] = [
  thisLife(`(?=${FAREWELL_WORDS})`),
  thisLife('(?= *$)', re(`^(?=.* ${DESPAIR}(?= |$)).* (?:this life|${SW_THIS_LIFE}) *$`)),
];

export const FAREWELL_CUES: readonly Cue[] = [
  // Leaving this world, said of oneself now: "i am leaving this world tonight", "naondoka duniani leo".
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` (?:${I_AM}|i will|ill) (?:finally |just |quietly )?(?:leaving|leave|exiting|departing) this (?:world|earth)(?= ${TONIGHT}(?= |$))| (?:naondoka|ninaondoka|nitaondoka) (?:hii |hapa )?(?:dunia|duniani)(?= ${TONIGHT}(?= $| (?!(?:mpaka|hadi)\\b)))`,
    ),
    ...blockers,
  },
  // The time first or the plain present, ending there or on a farewell: "tonight i leave this world", "i leave this world
  // tonight", "leo naondoka hii dunia kwaheri", "usiku wa leo naiaga dunia". Short, so a full stop may part it from
  // what it is about ("Minecraft all day. Tonight i leave this world"): a story, a game, a trip or a retelling is read in
  // the whole check-in (review 59), a person, a job or a past in its own sentence (session 47).
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` i (?:finally |just |quietly )?leave ${THIS_WORLD} ${TONIGHT}${FAREWELL_END}| ${TONIGHT} (?:is the (?:night|day) )?(?:${I_AM}|i will|ill|i shall|i) (?:finally |just |quietly )?(?:leaving|leave|exiting|departing|exit|depart) ${THIS_WORLD}${FAREWELL_END}| ${TONIGHT} (?:(?:naondoka|ninaondoka|nitaondoka|nina ondoka)(?: (?:kwenye|kwa))?) (?:(?:hii |hapa )?(?:dunia|duniani)|(?:dunia|duniani) hii)${FAREWELL_END}| ${TONIGHT} (?:naiacha|ninaiacha|nitaiacha) (?:hii )?dunia(?: hii)?${FAREWELL_SAID}` +
        // Bidding the world farewell is itself the farewell ("nitaaga dunia" is to die): anything may follow but a world
        // of something or another world.
        `| ${TONIGHT} (?:naiaga|ninaiaga|nitaiaga|naaga|ninaaga|nitaaga) (?:hii )?dunia(?: hii)?(?! (?:moja|ya|za|la|nyingine|na kuanza|kama)\\b)` +
        `| ${TONIGHT} (?:${I_AM}|i will|ill|i shall|i) (?:say|saying|bid|bidding) (?:goodbye|good bye|farewell) to (?:this|the) (?:world|earth)(?! (?:of|for|and hello|behind)\\b)`,
    ),
    unlessWhole: re(` (?:${NOT_OWN_CONTEXT}|${DEPARTURE_TOPICS}|${RETOLD}) `),
    ...timeFirstBlockers('world|earth|dunia|duniani'),
  },
  ...LEAVING_THIS_LIFE,
  // Going to the other side now or soon, beside death, despair or a farewell: "im going to a better place tonight
  // goodbye all", "naenda mbinguni leo usiku nimechoka".
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      [
        ` (?:${SOON} )?(?:${I_AM}|i will|ill) (?:going|go|moving|off|heading|leaving|crossing over|join) (?:to )?${BEYOND}(?= (?:\\p{L}+ ){0,2}?${SOON}(?= |$))`,
        ` ${SOON} (?:${I_AM}|i will|ill) (?:going|go|moving|off|heading|leaving|crossing over|join) (?:to )?${BEYOND}`,
        ` (?:naenda|ninaenda|nitaenda) mbinguni ${SOON}`,
      ]
        .map((cue) => beside(cue, GRAVE_WORDS))
        .join('|'),
    ),
    ...blockers,
  },
  // A time, then the end said of oneself: "tonight i end it all", "today i am ending my life".
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      `(?<!every|each) (?:tonight|today|tomorrow|this (?:evening|weekend)|leo usiku|usiku huu|kesho|(?:on |this )?(?:${DAYS})(?: night)?) (?:is the (?:night|day) )?(?:i|i am|im|i m|i will|ill|i shall) (?:finally |just |really )?(?:end it all|end my life|kill myself|take my (?:own )?life|ending it all|ending my life|killing myself|taking my (?:own )?life)(?= $| (?:goodbye|kwaheri|nobody|please|forgive|i cant|i can not|i am done|im done|tell|i (?:even |already )?(?:picked|chose|have chosen|know) (?:the|a) (?:place|spot|way|time|hour))\\b)(?! (?:\\p{L}+ing|with|na|for|at|in|off|on|as|of|laughing|working|studying|cleaning|by (?:paying|clearing|deleting|finishing|selling|quitting|blocking))\\b)`,
    ),
    // Quitting a habit, an app or a relationship "tonight i end it all" (review 45).
    unlessSentence: re(
      ` (?:${NOT_OWN_WORDS}|delet\\p{L}*|no more|submit|thesis|project|assignment|paper|papers|exam|exams|mitihani|tiktok|instagram|facebook|social media|betting|bet|bhang|weed|alcohol|pombe|smoking|cigarettes|relationship|situationship|my ex|boyfriend|girlfriend|habit|addiction|diet|sugar|fuliza|okash|loan|loans|debt|madeni|sherehe|party|resign\\p{L}*|resignation|new year|afresh|new me|dem|manzi|parents house|home|gym|leg day|phone|blocking|block|proposing|propose|over between us|marriage|ndoa|divorce|bf|bae|mpenzi|msee|mchumba|kazi|sacco|shop|biashara|semester|losses|fast|fasting|i mean|namaanisha|nikimaanisha) `,
    ),
    unlessWritten: WRITTEN_AS_FORM,
    unlessBefore: NOT_SAID_OF_NOW,
  },
  // One's last day, night or week alive said of now: "its my last week at work and my last week alive", "this is my last
  // night on earth"; not a vow or a wish ("with my last breath on earth", "i want my last day on earth to be …").
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:this is|today is|tonight is|it is|its|and) my last (?:day|night|week) (?:on (?:this |the )?earth|alive|in this world)(?= $| (?!(?:was|were|will|would|is going|should|of|as|before|i want|i would|i wish|i will|to)\\b))| (?:leo|hii|usiku huu) ni (?:siku|usiku|wiki) (?:yangu|wangu) ya mwisho (?:duniani|hapa duniani|nikiwa hai|(?:kwa|katika|kwenye) (?:hii dunia|dunia hii))(?! (?:itakuwa|ingekuwa)\\b)',
    ),
    unlessSentence: NOT_ONES_OWN_NOW,
    unlessWritten: WRITTEN_AS_FORM,
    // A close call told after ("i thought it was my last day on earth"), a question, a wish or a vow (review 50).
    unlessBefore: re(
      ` (?:${NOT_SAID_OF_NOW.source.slice(4, -2)}|was|were|thought|sure|would|to|hadi|mpaka|spend|how|remember) `,
    ),
  },
  // A note to be read after: "by the time you read this i will be dead", "ukisoma ujumbe huu nitakuwa nimekufa".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ` by the time (?:you|anyone|someone|they|u|my family|mum|mom|mama) (?:read|reads|see|sees|hear|hears|listen to)(?: \\p{L}+){0,3}? (?:i will be|ill be|i ll be|i will have|ill have|i am|im) (?:already )?(?:dead(?= $| (?:goodbye|good bye|kwaheri|i am sorry|im sorry|i love|tell|please|forgive)\\b)|(?:no more|no longer (?:here|alive|around)|not (?:here|around|alive) anymore|gone (?:forever|for good))(?= $| (?:goodbye|good bye|kwaheri)(?: (?:everyone|all|mum|mom|mama|family|my \\p{L}+))? $))| (?:ukisoma|mkisoma|mtakaposoma|utakaposoma|ukisikia|mkisikia) (?:ujumbe|barua|message|hii message|hii barua) (?:huu|hii|hizi )?(?:\\p{L}+ )?(?:nitakuwa|niko|nimeshakuwa|sitakuwa) (?:nimekufa|nimeshakufa|sipo duniani|hai tena|nimeenda mbinguni)(?= $| (?!(?:njaa|na|kwa|baridi|mpaka|hadi|usingizi|kiu|uchovu|joto|moyo|juu|kimapenzi|nimeoza)\\b))`,
    ),
    ...blockers,
  },
  // Having said farewell beside one's own death in the same breath: "niko tayari kufa leo nimeaga familia yangu".
  {
    tier: 'plan',
    code: 'preparation',
    re: re(` ${FAREWELL_TO} (?:\\p{L}+ ){0,4}?${OWN_DYING}| ${OWN_DYING} (?:\\p{L}+ ){0,4}?${FAREWELL_TO}(?= |$)`),
    ...blockers,
  },
];
