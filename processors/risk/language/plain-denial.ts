import { leftOpen, type Around } from './left-open.js';
import { actOrPlanAfter } from './act-after-denial.js';
import { actedOnImpulse, willDoIt } from './plan-denied.js';

// What takes back any denial, a plain one too ("I'm not suicidal", "sitaki kujiua", "sina mawazo ya kujiua"; RULES.md,
// "A denial and what follows it"), and a bare time after it. Written from probes26 (2026-12-03, read after it was
// scored blind twice) and narrowed by review 14.

/** The thoughts said to come, stay or grow ("… but they come every night", "… kumbe ziko tu", "… mawazo hayo
 * hayaniachi", "… at night they get very loud"), or thought about ("… i think about it every day"). */
const THOUGHTS_RETURN = new RegExp(
  ` (?:${[
    '(?:they|the thoughts?|those thoughts|these thoughts|the urges?|it) (?:still |just |always |sometimes |keeps? )?(?:come|comes|coming|come back|comes back|came back|coming back|come and go|comes and goes|return|returns|are there|is there|wont (?:stop|go away|leave))',
    '(?:they|the thoughts?|those thoughts|the urges?) (?:get|gets|are getting|is getting|getting|become|have become) (?:very |so |much |more )?(?:loud|louder|worse|stronger|strong)',
    '(?:i )?(?:still |sometimes |often |always |keep )?(?:think|thinking|thought) (?:about|of) (?:it|doing it)',
    'i (?:still |sometimes |often )?(?:do|did)(?: (?:sometimes|often|every (?:day|night)|lately|now))?$',
    '(?:ya|yana|hu|hayo |mawazo (?:hayo )?(?:bado )?(?:ya)?)(?:nijia|kunijia|kuja|rudi|nirudia|nisumbua|nijaa|po)',
    '(?:na|hu|ni|bado (?:na)?)(?:waza|fikiria|wazia) (?:hivyo|hayo|hilo|hiyo|kuhusu hilo|kuhusu hayo)',
    '(?:kumbe )?(?:ziko|yapo|zipo|ninazo|nayo) (?:tu|bado|sana)',
    '(?:mawazo )?(?:hayo )?(?:hayaniachi|haziniachi|hayaishi|haziishi)',
  ].join('|')}) `,
  'gu',
);
/** Words that may stand between a denial and the thoughts said to come ("… but lately they come", "… lakini usiku
 * yanakuja"): more than these, and "they" or "it" may be something else ("… worries about rent and they come"). */
const BRIDGE = new Set(
  'but though although and only just lately sometimes now at night every still yet honestly well ok okay ah i ive have do really think guess lakini ila na tu sasa usiku kila siku hizi wakati mwingine kumbe ndio nadhani since tangu yesterday last week weekend monday tuesday wednesday thursday friday saturday sunday jana juzi wiki iliyopita jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili anymore thought'.split(
    ' ',
  ),
);
/** A negation within the three words before ("i dont think about it", "hardly ever"): the denial said again. */
const DENIED_AGAIN =
  / (?:dont|do not|didnt|never|not|no longer|hardly|rarely|sina|si|sio|sijawahi|haya)(?: \p{L}+){0,2} $/u;
/** The thoughts said to be back ("… but since friday the thoughts are back", "… lakini mawazo yamerudi"): of the
 * denied thoughts only when the denial opens the check-in; after a worry named first, or one named right after ("… are
 * back about my interview"), they are that worry's (review 20). */
const THOUGHTS_BACK =
  / (?:the thoughts?|those thoughts|these thoughts|the urges?|thoughts|(?:yale |hayo )?mawazo(?: hayo| hizo| yale)?)(?: (?:are|is|have|has))? (?:back|come back|zimerudi|yamerudi|imerudi|zinarudi|yanarudi)(?= )(?! (?:about|of|za|ya|kuhusu|juu)(?= ))/gu;
/** Nothing but the denial's own words before it ("i no longer think about", "hapana sina"): it opens the check-in. */
const DENIAL_OWN =
  /^(?:no|hapana|honestly|well|so|i|im|am|not|dont|do|never|longer|really|think|about|of|want|wanna|to|have|any|sina|sitaki|mimi|mi|siwezi|sifikirii|siwazi|kusema|ukweli|kwa|kweli)$/u;
const opensCheckIn = (around: Around): boolean =>
  around.earlier.length === 0 &&
  around.before
    .trim()
    .split(' ')
    .filter(Boolean)
    .every((w) => DENIAL_OWN.test(w));
const thoughtsReturn = (text: string, re: RegExp = THOUGHTS_RETURN): boolean =>
  [...text.matchAll(re)].some((m) => {
    const before = text.slice(0, m.index + 1);
    const between = before.trim().split(' ').filter(Boolean);
    return !DENIED_AGAIN.test(before) && between.filter((w) => !BRIDGE.has(w)).length <= 1;
  });

/** A denial said to be untrue ("that was a lie", "thats not really true", "uongo tu", "si kweli", "nilidanganya"). */
export const UNTRUE =
  / (?:(?:that|it|this) (?:was|is) (?:a lie|not (?:really |entirely |quite )?true|untrue)|(?:that|which|it|thats) (?:wasnt|was not|isnt|is not|not) (?:really |entirely |quite )?true|i (?:lied|was lying)|(?:hiyo|hilo|huo) (?:ni uongo|si kweli|sio kweli|si ukweli|sio ukweli|haikuwa kweli)|uongo tu|nilidanganya|niliongopa) /u;
/** … or untrue in two words right after it ("sina mawazo ya kujiua. si kweli"), not of a neighbour's story later. */
const UNTRUE_NEXT = /^ (?:ah |aah |lakini |but |ila )?(?:si kweli|sio kweli|ni uongo|uongo)(?= |$)/u;
/** Fillers and reassurances that may stand between the denial and the lie ("… niko fiti naongopa tu"). Each run of
 * words splits into them one way only ("niko sawa tu" is "niko sawa" and "tu"): two ways per repeat were exponential. */
const LYING_FILLER =
  '(?:ah|aah|lakini|but|ila|and|no|tu|leo|today|kusema ukweli|ukweli ni|kwa kweli|honestly|actually|mimi|niko (?:sawa|poa|fiti)|(?:im|i am) (?:doing )?(?:fine|ok|okay|well|good))';
/** Lying said right after the denial, of the denial itself ("… nadanganya tu", "… nawadanganya wote", "… im just lying",
 * "… who am i kidding"); not a story or another's view ("boss ananiona kama nadanganya", "people say am lying",
 * "nawadanganya watoto baba yao yuko safari", "… so im just lying down"; reviews 83, 85, 86). */
const LYING = new RegExp(
  [
    `^ (?:${LYING_FILLER} )*(?:na|nina|naku|ninaku|nawa|ninawa|naji|ninaji)(?:danganya|ongopa)(?=((?: (?:tu|mimi|wote|nyote|kila mtu|daktari|dokta|sana))*))\\1(?: $| (?!(?:watoto|watu|kwamba|kuwa|that|people|nini|mtoto|mke|mume|boss|wazazi|kuhusu|mama|baba|mwalimu|rafiki|dada|kaka|bibi|babu|mpenzi|jirani|wenzangu|familia|kazini|nyumbani|pesa)(?= ))\\p{L}+)`,
    `^ (?:${LYING_FILLER} )*(?:i am|am) (?:just |only )?lying(?= $| i am $| to (?:you|everyone)(?= )| to (?:myself|my (?:doctor|counsellor|counselor|therapist|nurse)|the (?:doctor|counsellor|counselor|nurse))(?: tu)? $| (?:tu|lol|haha|honestly)(?= ))`,
    `^ (?:${LYING_FILLER} )*who am i kidding(?= $| (?:tu|lol|haha|honestly)(?= ))`,
  ].join('|'),
  'u',
);
/** A plan or a decision: "nina mpango", "nimeshaamua", "i have a plan", "ive got a plan", "nimejipanga". */
const PLAN_WORDS = [
  'i (?:do |already |have |ve |just )?(?:have|got|made) (?:a plan)(?= |$)',
  'i (?:have |ve )?got it (?:all )?planned',
  'i have (?:already )?set the date',
  'i (?:already )?know (?:how|when) (?:i will|ill|to) do it',
  'i have planned it|ive planned it',
  'i have made (?:a|my|the) decision',
  '(?:nina|niko na) (?:mpango|plan)(?: (?:wangu|yangu))?',
  '(?:nime|nimesha|nisha)(?:panga|amua|decide|jiandaa|jipanga)',
  '(?:nime|nimesha|nisha)(?:andaa|tayarisha) kila kitu|kila kitu (?:kiko )?tayari',
  'i (?:have )?(?:already )?prepared everything|i (?:just )?have everything ready|everything is ready',
  '(?:nimeshafanya|nimefanya|nimeshachukua|nimechukua) (?:maamuzi|uamuzi)',
  '(?:nimesha|nime|nisha)(?:kata shauri|dhamiria)',
  'mpango (?:ninao|upo|nimeshaupanga)',
  '(?:i (?:have )?|ive )(?:already )?(?:decided|made up my mind)',
].join('|');
const BARE_TAIL =
  '(?: (?:wa kufanya hivyo|ya kufanya hivyo|kufanya hivyo|kamili|lini|siku|tarehe|kweli|tu|though|tho|bana|maze|msee|kabisa))*';
/** All that follows it is a plan or a decision told bare ("… lakini nina mpango", "… nimeshaamua tu", "… i have a plan
 * though"; review 82), not one about something named ("… kuhusu chuo, nimeshaamua", "… i have a plan for my business"),
 * nor "… tena nimeshaamua" (no longer, i have decided; review 82). After a contrast or a reason ("… but", "… kwa sababu")
 * it may be ready or dated ("… lakini nina mpango tayari", "… lakini nimeshaamua kesho"; review 83). */
export const PLAN_BARE = new RegExp(
  [
    `^ (?:(?:leo|today) )?(?:${PLAN_WORDS})(?: (?:tonight|for tonight|kesho|tomorrow))?${BARE_TAIL} $`,
    `^ (?:(?:leo|today|tena|sasa|now) )*(?:but|lakini|ila|though|(?:kwa sababu|because|coz|cause|ju|juu)(?! (?:nime|nimesha|nisha)(?:jipanga|jiandaa)(?= ))) (?:${PLAN_WORDS})(?: (?:already|tayari|kila kitu|everything|kesho|tomorrow|leo usiku|tonight))?${BARE_TAIL} $`,
  ].join('|'),
  'u',
);
/** The turn after what was told goes on about the speaker, not the one told ("… but she still gave me a referral",
 * "… lakini aliniambia nirudi"; red team 230). */
const TURN_OWN = String.raw`(?! (?:she|he|they|still|bado|the (?:doctor|nurse|counsell?or)|daktari)(?= ))(?! (?:ali|wali|aka|ame|ana)\p{L}+)`;
/** The speaker will not promise it, or only says so ("… but i cant promise", "… thats what i tell everyone", "… is what
 * i'll say at the clinic", "… so she lets me go home"; review 13), or told it and turns ("… that is what i told the
 * counselor in march but", "… ndio nilimwambia daktari lakini"; red team 228). */
const NOT_PROMISED = new RegExp(
  String.raw` (?:cant|cannot|can not|wont|couldnt) (?:promise|guarantee|say for sure)|(?:siwezi|siezi|sitaweza|singeweza) (?:kuahidi|promise|kusema kwa uhakika)|thats what i (?:used to )?(?:say|tell)|(?:thats|that is|that was|is) what i (?:told|said to|wrote)(?: \p{L}+){1,5}? (?:but|though|lakini|ila)${TURN_OWN}|(?:ndio|ndivyo) (?:nilimwambia|niliwaambia|nilisema)(?: \p{L}+){0,4}? (?:lakini|ila|but)${TURN_OWN}|what i tell (?:everyone|everybody|people|them)|i used to say|is what i (?:will |ll )?(?:say|tell)|or so i (?:will |ll )?(?:say|tell)|so (?:she|he|they) (?:lets|let|will let|ll let) me|(?:im |i am )?(?:only|just) saying (?:so|that|it)|(?:ndivyo|hivyo ndivyo|ndio) (?:nawaambia|ninawaambia|ninavyowaambia|nilivyokuwa nikisema|nasema) `,
  'u',
);

const TIME_WORDS =
  /^(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next|week|month|kesho|leo|usiku|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki|mwezi|ijayo|ujao|huu|hii|ya|wa|la|kutwa|asubuhi|jioni|saa|\p{N}+)$/u;
const FUTURE =
  /^(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next|kesho|usiku|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|ijayo|ujao|kutwa)$/u;
const MORE_TIME_WORDS = /^(?:at|on|in|by|this|the|na|ni|tu|maybe|labda|then|basi|morning|evening|night)$/u;
/** A sentence that is a time to come alone ("Friday.", "Jumamosi.", "Kesho saa kumi."): after a denial, when. */
export function bareTime(text: string): boolean {
  const words = text.trim().split(' ').filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.some((w) => FUTURE.test(w)) &&
    words.every((w) => TIME_WORDS.test(w) || MORE_TIME_WORDS.test(w))
  );
}

/** An exception or "now" right after the denial ("… except at night", "… isipokuwa usiku", "… but now i do", "… lakini
 * sasa nawaza"; a code review, session 56). */
const EXCEPT =
  / (?:except|apart from|other than|isipokuwa|ispokuwa)(?= (?:at|when|whenever|during|on|in|after|if|usiku|nikiwa|wakati|siku|mara|baada|nikilewa|nikikumbuka)(?= ))(?! (?:\p{L}+ ){0,8}?(?:was|were|used to|nilipokuwa|form (?:one|two|three|four)|high school|primary|campus|back then|zamani|long ago|years ago|younger|lol|haha|jk|team|arsenal|chelsea|man u|loses|match|old|ninety|uzeeni|god|mungu|decides|natural|naturally|graduate\p{L}*|grandchildren|wajukuu|mpesa|balance|bills|rent|eat|forget|shave|shaving|ironing|cooking|football|playing|gym)(?= |$))/u;
/** A denied act of self-harm ("i dont cut / burn / hurt myself"): an exception to it is a chore or a sport. */
const SELF_HARM_ACT =
  / (?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting)(?: \p{L}+)? (?:my ?self|my (?:arms?|wrists?|legs?|skin))| ji(?:kata|choma|umiza|dhuru|piga)/u;
const BUT_NOW =
  /^ (?:but|lakini|ila) (?:now|sasa|lately|these days|siku hizi) (?:i do(?= *$| (?:sometimes|often|every|daily|lol|though|bana)(?= |$))|(?:na|nina)(?:fikiria|waza) (?:hivyo|hayo|hilo|kuhusu hilo)(?= |$))/u;

/** What follows a denial takes back even a plain one. `later` holds the later clauses' or sentences' texts. */
export function deniedThenTakenBack(after: string, later: readonly string[], around: Around): boolean {
  const text = ` ${[after, ...later].join(' ').replace(/\s+/gu, ' ').trim()} `;
  return (
    thoughtsReturn(text) ||
    // Only a denial of thoughts, a wish or suicide: "i dont cut myself except when i shave" is a chore (a code review).
    (EXCEPT.test(` ${after} `) && !SELF_HARM_ACT.test(around.cue)) ||
    BUT_NOW.test(` ${(after.trim() || later[0] || '').trim()} `) ||
    actOrPlanAfter(text, around) ||
    actedOnImpulse(text, around) ||
    willDoIt(text) ||
    (opensCheckIn(around) && thoughtsReturn(text, THOUGHTS_BACK)) ||
    UNTRUE.test(text) ||
    UNTRUE_NEXT.test(text) ||
    LYING.test(text) ||
    PLAN_BARE.test(text) ||
    NOT_PROMISED.test(text) ||
    timeNext(after, later) ||
    leftOpen(text, around)
  );
}

/** The denial answered right away by a time alone: the rest of its clause, or else the next clause or sentence. */
export const timeNext = (after: string, later: readonly string[]): boolean =>
  after.trim() === '' ? bareTime(later[0] ?? '') : bareTime(after);
