import { opensWith, type Around } from './left-open.js';

// An attempt told now, or a plan the check-in ends on, after a denial (session 57; red teams 265, 266; five reviews):
// "im not suicidal but last night i tried and nobody knows", "sitaki kujiua lakini jana nilijaribu", "im not thinking
// about ending my life, its just that ive decided. i have a plan and i know when". "tried" and "did it" are everyday
// words ("… i tried so hard at work", "… today i did it, i passed"), so the act must end the check-in or be followed by
// what only an attempt is followed by (nobody knows, it did not work, still here), and the denial must open the
// check-in: "my exam was today. im not suicidal. but today i tried" is the exam (a code review).

/** Fillers, reassurance and the denial's emphasis that may stand between the denial and the turn. */
export const FILL =
  '(?:or anything|at all|whatsoever|really|honestly|relax|dont worry|usijali|kusema kweli|kwa kweli|ukweli ni|actually|you know|like|i swear|just saying|not even a little|hata kidogo|hata siku moja|kamwe|kabisa|bana|manze|aki|bro|doc|daktari|dokta|doctor|tu|anymore|no longer|tena|i am (?:fine|okay|ok|good)|niko (?:sawa|poa|fiti)|sawa|okay|ok|no|hapana|sitaki kabisa)';
/** At most a few fillers in a row: two runs side by side, unbounded, are tried at every split (quadratic on a flood). */
export const FEW = '{0,8}';
export const TURN =
  '(?:but|lakini|ila|though|tho|yet|however|although|ingawa|japo|hata hivyo|except|ati|kumbe|(?:its|it is) just that|ni vile tu|ni kwamba tu|because|ju|juu)';
/** Recent enough to be current (C-SSRS: the past three months). */
export const TIME = `(?:${[
  'last (?:night|nite|week|weekend|month)|yesterday(?: night| evening)?|today|tonight|earlier today|just now',
  'the other (?:day|night)|this (?:morning|afternoon|evening|weekend)',
  '(?:on |this |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|(?:on |over )?the weekend',
  '(?:a|one|two|three|a few|\\p{N}+) (?:days?|nights?|weeks?) ago|(?:an|one|two|\\p{N}+) hours? ago',
  'jana(?: usiku| jioni| asubuhi)?|juzi(?: usiku| jioni)?|majuzi|leo(?: asubuhi| mchana| jioni)?|usiku wa jana',
  'wiki (?:jana|iliyopita)|wikendi|mwezi uliopita|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili',
  'siku (?:mbili|tatu) zilizopita',
].join('|')})`;
/** The attempt in words that name no act: "tried", "almost did", "did it again", "nilijaribu", "nusura nifanye". */
const DID =
  '(?:i (?:just |really )?(?:tried|attempted|did try|almost did|nearly did|came close|(?:almost |nearly )?went through with it|did it again)(?: (?:to(?: do it| end it(?: all)?| kill myself| end my life| take my (?:own )?life)?|it))?(?: again)?|(?:nilijaribu|nikajaribu|nili ?try|nus(?:u)?ra nifanye|nilikaribia kufanya|nilijifanyia|nimejifanyia|(?:nilifanya|nimefanya) tena)(?: (?:kujiua|kufanya hivyo))?(?: tena)?)';
/** What only an attempt is followed by, ending the check-in: secrecy, failure, surviving it, fear, shame, a plea for
 * help, a closing word. */
export const AFTER_ACT = `(?: (?:${[
  '(?:(?:and|na|but|lakini|ila) )?(?:nobody|no one) (?:knows|noticed|knew)|(?:and )?nobody found out',
  '(?:and |but )?(?:i )?(?:hid it|kept it (?:a )?secret|have not told anyone|havent told anyone|didnt tell anyone)',
  '(?:and |but )?(?:i )?(?:woke up(?: after)?|survived|ended up in (?:the )?hospital)|(?:and )?it was (?:so )?close',
  '(?:and )?i need help|help me|what (?:do|should) i do|(?:please )?dont tell (?:anyone|my (?:parents|mum|mom|dad|family))',
  '(?:and |but )?(?:it|that) (?:didnt|did not) work|(?:and |but )?(?:somehow )?i am still here',
  '(?:and )?i am (?:really |so )?(?:scared|ashamed|afraid)',
  `(?:na |lakini |ila )?(?:${[
    'haikufanikiwa|ikashindikana|sikufanikiwa|sijui (?:mbona|kwa nini)|bado niko (?:hai|hapa)|nikaamka|nikaokolewa',
    'hakuna (?:mtu )?(?:anajua|anayejua|aliyejua)|hakuna aliyegundua|sijamwambia mtu|sijaambia mtu|wazazi hawajui',
    'naogopa(?: sana)?|nina aibu|naona aibu|nimeona aibu|(?:tafadhali )?(?:usimwambie mtu|msiwaambie|usiwaambie)(?: wazazi)?',
    'nikaishia hospitali|nisaidie|naomba msaada|sijui nifanye nini',
  ].join('|')})`,
].join(
  '|',
)}))?(?: (?:tho|though|lol|bana|tu|kabisa|manze|you know|honestly|thats it|thats all|ndio hivyo|basi|asante))* *$`;
const ACT_TIMED = new RegExp(
  `^ (?:${FILL} )${FEW}(?:${TURN} )?(?:${FILL} )${FEW}(?:${TIME} ${DID}|${DID} ${TIME})${AFTER_ACT}`,
  'u',
);
const ACT_BARE = new RegExp(`^ (?:${FILL} )${FEW}${TURN} (?:${FILL} )${FEW}${DID}(?: ${TIME})?${AFTER_ACT}`, 'u');
/** A denial of what is over ("i dont cut myself anymore but i tried"): an act told after it with no time is that past. */
const NO_MORE = / (?:anymore|no longer|tena) /u;

/** A plan had, not only a decision ("ive decided" and "nimeamua" are as often about a job or a drink). */
const PLAN_HAD =
  '(?:i (?:do |have |just )?(?:already )?(?:have|got|made) a plan|i have (?:got )?(?:it )?(?:all )?planned(?: it)?(?: out)?|(?:nina|niko na) (?:mpango|plan)|(?:nime|nimesha|nisha)panga(?: kila kitu)?|i have (?:planned everything|everything planned)|everything is (?:ready|set)|kila kitu (?:kiko )?tayari)';
const DECIDED =
  '(?:i (?:have )?(?:already )?(?:decided|made up my mind)|(?:nime|nimesha|nisha)(?:amua|decide)|nimefanya uamuzi)';
/** After the plan: readiness, a time to come or a goodbye, never reassurance ("… nina mpango wangu, niko fiti"). */
const DAY =
  '(?:tonight|tomorrow|this weekend|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|kesho|usiku wa leo|wikendi hii|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili)';
/** Not "… a plan for friday" (an errand), nor "… its sorted" without "so" or a goodbye after it. */
const READY = `(?:(?:and )?i know (?:when|how|where|the date)|the date is set|siku imefika|(?:and )?(?:its |it is |ni )?(?:happening )?(?:soon|${DAY})|ndio siku|dont (?:try to )?stop me|tell my (?:mom|mum|mother|dad|family|kids) i love (?:her|him|them)|sorry (?:mum|mom|mama|dad)|(?:and )?i am (?:ready|calm|at peace|not (?:scared|afraid))(?: now| anymore)?|(?:so (?:its|it is|everything is)|(?:its|it is|everything is)(?= \\S+ (?:goodbye|bye|kwaheri)(?: |$))) (?:sorted|settled|done)|(?:na )?najua (?:lini|siku)|(?:na )?niko tayari|tayari|already|this time for real|dont tell anyone|nobody can stop me|goodbye|bye|kwaheri|kabisa|tu|bana)`;
const PLAN_LAST = new RegExp(
  `^ (?:${FILL} )${FEW}(?:${TURN} (?:(?:now|sasa|lately|siku hizi|today|leo) )?)?(?:(?:${DECIDED}|${FILL}) )${FEW}${PLAN_HAD}(?: (?:${PLAN_HAD}|${DECIDED}|${READY}))* $`,
  'u',
);

/** After "anymore" a plan may be a safety plan, unless a day, a when or a goodbye follows it. */
const WHEN_OR_GOODBYE = new RegExp(
  ` (?:${DAY}|soon|i know (?:when|how|where|the date)|the date is set|siku imefika|goodbye|bye|kwaheri|dont (?:try to )?stop me) `,
  'u',
);
const LEAD = new RegExp(`^ (?:${FILL} )*`, 'u');
/** Greetings and the denial's own words: nothing else said before it in the check-in. */
const OWN = new RegExp(
  `^(?:${[
    'hi|hello|hey|habari|good|morning|evening|afternoon|mambo|niaje|vipi|shikamoo|hujambo|sijambo|salaam|asante|thanks',
    'sasa|how|are|you|there|its|me|again|doc|daktari|dokta|doctor|um|uh|eh|aki|manze|bana|bro|well|so|basically',
    'worry|usijali|relax|honestly|honest|swear|actually|like|feel|feeling|fine|fiti|fresh|freshi|salama|poa|niko|sawa',
    'okay|ok|yes|ndio|no|nope|hapana|say|said|nataka|nilitaka|nasema|kusema|ukweli|kwa|kweli|tu|ni|mimi|mi|and|but',
    'i|am|was|were|wasnt|not|dont|do|does|did|didnt|doesnt|never|wont|wouldnt|cant|cannot|shouldnt|isnt|have|has|had',
    'having|really|any|ever|even|just|want|to|be|been|going|gonna|would|will|think|thought|thinking|thoughts|of|about',
    'sina|sitaki|siwezi|sitaweza|sipendi|sikutaka|si|sijawahi|sijawai|sifikirii|siwazi',
  ].join('|')})$`,
  'u',
);

/** The rest of the check-in after a denial that opens it (its clause and what follows, joined) tells an attempt now
 * or a plan. */
export function actOrPlanAfter(rest: string, around: Around): boolean {
  if (!opensWith(around, OWN)) return false;
  // "sitaki kujiua tena lakini sasa nina mpango", "im not suicidal anymore. i have a plan": a plan for life or safety.
  const over = NO_MORE.test(` ${around.before}${around.cue}${LEAD.exec(rest)![0]} `);
  return (
    ACT_TIMED.test(rest) ||
    (PLAN_LAST.test(rest) && (!over || WHEN_OR_GOODBYE.test(rest))) ||
    (ACT_BARE.test(rest) && !over)
  );
}
