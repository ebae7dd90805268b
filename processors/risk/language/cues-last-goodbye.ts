import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { anySpaces, re } from './words.js';

// A leaving told as the speaker's own act, with no word of suicide (session 41, red team 182, all read low): "i've said
// goodbye to everyone, they just dont know it yet", "gave away my cows … told them am travelling far. am not
// travelling", "nitaenda mtoni usiku nisirudi", "nimeshaandika note, tonight naenda kulala forever". Raise only
// (patterns.ts LATER_CUES). The normaliser has already made "ive" "i have", "im" "i am" and "gonna" "going to".

/** Going to sleep for ever as the speaker's own plan, in English, Swahili and Sheng. */
const SLEEP_FOREVER =
  ' (?:(?:i am|am|i will|ill) (?:going to )?(?:go (?:to )?)?sleep|(?:naenda|nitaenda|ninaenda) (?:ku)?lala|nitalala|ntalala) (?:forever|for ever|milele|for good|na sitaamka|and never wake up) ';
/** "Sleep forever" is a long day's too, said with a note for the boss, a thesis handed in or a goodbye to wedding guests
 * (red teams 15, 16, 101, 107, 184, a code review): only tonight, with a note written that ends its clause or is for
 * the speaker's family. */
const NOTE_TONIGHT = re(
  anySpaces(
    '^(?=.* (?:nimeshaandika|nimeandika|i (?:have )?(?:already )?(?:wrote|written)) (?:the |a |my )?(?:note|barua|letter)(?=  | $| (?:for|to|kwa) (?:my (?:family|kids|children|mum|mom|dad|wife|husband|daughter|son)|mama|baba|familia yangu|watoto wangu)(?= )))(?=.* (?:tonight|leo usiku|usiku wa leo|usiku huu) )',
  ),
);

/** The people a goodbye is said to (not sugar, a phone or one's dreadlocks: red team 184). */
const PEOPLE =
  '(?:everyone|everybody|all|them|my (?:family|friends|people|kids|children|mum|mom|mother|dad|father|sister|brother|wife|husband|son|daughter)|wote|familia yangu|mabeshte(?: wangu)?|marafiki(?: wangu)?|mama|baba)';
/** Said by the speaker: a clause opens with it (two spaces: a clause's start in the whole check-in) or "i" says it
 * (not "my friend said goodbye …": a code review). */
const I_SAID = '(?:^ |  | i (?:have )?(?:already |just )?)(?:said|say|saying) (?:my )?goodbyes?';
/** Not knowing, now: "they dont know", "no one knows" (not "didnt understand": a child at boarding school, dementia). */
const UNAWARE =
  '(?:(?:they|he|she) (?:just |still )?(?:dont|do not|doesnt|does not) (?:know|realise|realize)|(?:nobody|no one) (?:knows|realises|realizes))';
/** What they do not know, and nothing else after it ("… they dont know i have an interview" says what: a code review). */
const IT_YET =
  '(?: (?:it|that|its|it is|that it is|that its))?(?: (?:yet|goodbye|a goodbye|the last time|the last goodbye))?(?= $)';
/** "They don't know it is goodbye": a farewell to people said as the last, its hearers unaware. */
const UNAWARE_GOODBYE = [
  `${I_SAID} to ${PEOPLE} (?:and )?${UNAWARE}${IT_YET}`,
  ' (?:hawajui|hajui|hawakujua) (?:kwamba |kuwa )?(?:ni|ilikuwa) (?:goodbye|kwaheri|kwa heri|bye)(?: ya)? (?:kweli|mwisho|milele|real|forever)',
  ' (?:nimewaaga|nimeshawaaga) (?:wote |familia yangu |mabeshte |marafiki )?(?:na )?(?:hawajui|bila wao kujua)(?= $)',
];
/** … said in its own clause after a goodbye to people ("i've said goodbye to everyone, they just dont know it yet"). */
const UNAWARE_AFTER = [
  `^ (?:but |and )?${UNAWARE}(?:${IT_YET}| (?:its|it is|that its|ni) (?:goodbye|the last time|mara ya mwisho(?: (?:wataniona|kuniona))?)(?= $))`,
  '^ (?:lakini |ila |na )?(?:hawajui|hajui)(?: kitu| chochote)?(?= $)',
];
const SAID_GOODBYE = re(
  anySpaces(
    `(?:${I_SAID}|(?:^ | )(?:nimewaaga|nimeshawaaga|nimewaambia kwaheri|nimewaambia goodbye))(?: to ${PEOPLE}| ${PEOPLE})?(?= $| (?:kwa njia yangu|in my own way|but|and|they|he|she|nobody|no one|lakini|ila|na|hawajui)(?= ))`,
  ),
);
/** A last embrace its receiver does not know is the last ("she doesnt know it was the last hug"); not a call or a
 * visit with someone who has died ("he didnt know it was our last call": a code review). */
const LAST_UNAWARE =
  ' (?:he|she|they|mum|mom|mama) (?:doesnt|does not|dont|do not) know (?:it was|its|it is|that was|that it was|that its) (?:the|my|our) last (?:hug|goodbye|kiss|time (?:she|he|they) (?:will )?see me)(?= $)';
/** A move, a new job, good news kept for later, a habit or a relationship left: a goodbye they will understand. */
const MOVING = re(
  ' (?:mov(?:e|es|ed|ing)|relocat\\p{L}*|transfer\\p{L}*|new job|new school|boarding|abroad|ughaibuni|(?:na|nita|ku|tuna)hamia|(?:na|nita|ku)hama|kazi mpya|shule mpya|surpris\\p{L}*|visa|retir\\p{L}*|graduat\\p{L}*|resign\\p{L}*|passed|promot\\p{L}*|engaged|pregnant|won|break(?:ing)? up|leaving (?:him|her)|divorc\\p{L}*|(?:tu|ku|na|nita)achana|relationship|uhusiano|betting|kamari|pombe|alcohol|drinking|smoking|sugar|sukari|dementia|travel\\p{L}*|dubai|army|jeshi\\p{L}*|surgery|operation|upasuaji|interview\\p{L}*|mahojiano|married|wedding|harusi|ndoa|scholarship|saudi|qatar|dubai|gulf|uarabuni|jail|prison|jela|gereza|case|court|mahakama) ',
);

/** A journey told as cover, then denied ("told them am travelling far. am not travelling", "… theres no trip"). */
const NOT_TRAVELLING =
  ' (?:but )?(?:i am|am) not (?:really )?(?:travelling|traveling|going (?:anywhere|away|far))(?= $)| (?:but )?(?:there is|theres) no (?:trip|journey)(?= $)| (?:sisafiri|sitasafiri|siendi popote|siendi safari|hakuna safari)(?: kweli)?(?= $)';
/** … after the speaker told others of the journey. */
const TOLD_TRAVELLING = re(
  anySpaces(
    ' (?:i )?(?:told|tell|telling) (?:them|him|her|everyone|everybody|my \\p{L}+) (?:that )?(?:i am|am|i will be) (?:travelling|traveling|going (?:away|far|on a journey|upcountry|to the village|home)|leaving) | (?:nimewaambia(?: wote| kila mtu)?|nimemwambia|niliwaambia(?: wote| kila mtu)?|nimeambia(?: \\p{L}+){1,2}) (?:kwamba |kuwa )?(?:nasafiri|nitasafiri|naenda (?:safari|ushago|shags|upcountry|nyumbani)|naondoka) ',
  ),
);
/** A surprise, a trip put off, a day off, a rest or work at home, a contribution dodged: the journey denied is kept from someone, not a cover. */
const A_SURPRISE = re(
  ' (?:surpris\\p{L}*|kushtukiza|kumshtua|prank|cancel\\p{L}*|postpon\\p{L}*|imeahirishwa|tickets?|bus|no money|sina pesa|hakuna pesa|day off|off day|ruhusa|likizo|leave|skip\\p{L}*|avoid\\p{L}*|rest|kupumzika|relax\\p{L}*|stay (?:at )?home|staying (?:at )?home|kukaa nyumbani|interview\\p{L}*|mahojiano|nitabaki|i will stay|staying|work|kazi|mchango|contribution|harambee|kukwepa|dodge) ',
);

/** Going to a river, a bridge or the railway not to come back (not the sea or a lake: the coast is a trip), nothing after but a farewell: "nitaenda mtoni usiku nisirudi",
 * "going to walk to the tracks tonight and not come back" (not "… sitarudi hadi jumatatu", a holiday: a code review). */
const NOT_RETURNING = [
  ' (?:nitaenda|naenda|nitaelekea) (?:kwa |ku )?(?:mtoni|mto|reli|relini|darajani|daraja|bwawani)(?: (?!(?:likizo|kuvua|samaki|kuogelea|kuchota|maji|kazi|kuosha)(?= ))\\p{L}+){0,3}? (?:nisirudi|sitarudi|na sirudi|bila kurudi)(?: tena)?(?= $| (?:kwaheri|msinitafute|nisamehe)(?= ))',
  ' (?:(?:i am )?going to|i will|ill) (?:walk|go) (?:to|into) (?:the )?(?:railway tracks|railway line|railway|tracks|river|bridge|dam)(?: (?:tonight|today|now|at night))? and (?:not|never) (?:come|coming) back(?= $| (?:nobody|no one|goodbye)(?= ))',
];

export const LAST_GOODBYE_CUES: readonly Cue[] = [
  { tier: 'plan', code: 'intent', re: re(SLEEP_FOREVER), onlyWhole: NOTE_TONIGHT, ...OWN_WORDS },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${UNAWARE_GOODBYE.join('|')})(?= |$)`),
    negativeForm: true,
    ...OWN_WORDS,
    unlessWhole: MOVING,
  },
  { tier: 'plan', code: 'preparation', re: re(LAST_UNAWARE), negativeForm: true, ...OWN_WORDS, unlessWhole: MOVING },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(`(?:${UNAWARE_AFTER.join('|')})`),
    negativeForm: true,
    onlyWhole: SAID_GOODBYE,
    ...OWN_WORDS,
    unlessWhole: MOVING,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(NOT_TRAVELLING),
    negativeForm: true,
    onlyWhole: TOLD_TRAVELLING,
    ...OWN_WORDS,
    unlessWhole: A_SURPRISE,
  },
  { tier: 'plan', code: 'intent', re: re(`(?:${NOT_RETURNING.join('|')})`), ...OWN_WORDS },
];
