// An "again" after one's own past says the past goes on unless all that came again is an everyday doing, a wellbeing or
// an everyday thing, told with only joining, time and filler words ("but today i went to work again", "now i feel alive
// again"): a closed list of act words (review 40), then "any everyday word in the stretch" (a second code review of
// session 52: "i am hitting myself again", "i prayed for death again") let crises fall. As dated-other.ts reads a day.

/** Words that end the stretch "again" speaks of: what came again is told after the last of them. */
const JOINS = new Set('and but now then though na sasa sai sahi lakini ila halafu'.split(' '));
/** Words that may stand beside the everyday thing: subjects, articles, times, fillers. */
const BESIDE = new Set(
  'i we my our the a an and but so now then just also finally even actually honestly really very today tonight yesterday last night this week weekend morning evening afternoon on monday tuesday wednesday thursday friday saturday sunday have has been had am is are was were for first time in years months once lol'.split(
    ' ',
  ),
);

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Where an everyday doing was done: "i sang in church again", "i visited my grandmother in the village again". */
const PLACE = 'church|choir|village|school|class|wedding|party|home|the gym|gym|family|friends|office|market|kitchen';
/** What came again that is everyday: a doing, a wellbeing, a thing of the body, weather or work (also read after a
 * bare "again" by EVERYDAY_AFTER). */
const EVERYDAY_BODY =
  ' (?:' +
  [
    '(?:went|go|going|came|come) (?:back )?to (?:therapy|church|school|work|class|classes|the gym|gym|counsel\\p{L}*|my counsel\\p{L}*|the support group|support group|group therapy|campus|college|uni|university|the village|shags|ocha|mass|the market|market|my exams?|the office|the salon|my job)',
    'went (?:swimming|hiking|dancing|jogging|running|shopping|home)',
    '(?:can |could )?(?:laugh|smile|laughed|smiled|laughing|smiling|dance|danced|sing|sang)(?: together)?',
    '(?:cooked|cook)(?: for (?:my|the) (?:family|kids|children))?',
    '(?:played|play|can play) football|slept (?:well|fine|through the night)|(?:am |m )?(?:eating|sleeping) well',
    'got (?:engaged|married|a job|promoted|paid|malaria|typhoid|the flu|flu|a cold)',
    'called my (?:ex|mum|mom|dad|mother|father)|missed (?:school|class|classes|work|lunch)',
    'visited (?:my )?(?:grandmother|grandma|grandparents|parents|family|friends?|cousins?|aunt|auntie|uncle|relatives|the village|church)',
    'spoke at the support group|did my exams?|passed my exams?|cut my (?:hair|finger)(?: short)?|hurt my (?:knee|ankle|toe)',
    'planted (?:beans|maize|crops|tomatoes|vegetables|sukuma|potatoes)',
    'started (?:my business|going to (?:church|school|work|the gym|gym)|to live|working|school|selling|braiding|training)',
    '(?:am|m|feel|feeling|felt|can feel) (?:so |really |very |finally )?(?:okay|ok|fine|well|good|better|happy|alive|strong|stronger|free|healthy|hopeful|grateful|blessed|at peace|like myself|myself|proud of myself|doing well|doing better)(?: about myself| with myself)?',
    '(?:love|loving|starting to love) myself',
    `(?:my|the|our) (?:boss|teacher|knee|ankle|tooth|teeth|headaches?|back pain|blood pressure|sugar|salary|network|power|lights|rains?)(?: (?:is|are|was|were|went|started|shouted|hurts|hurting|up|down|off|back|again|at|on|${DAY}))*`,
    'it is raining|its raining|raining',
  ].join('|') +
  `)(?: (?:in|at|with) (?:the |my |our )?(?:${PLACE}))?`;
/** Global, for `replace` only. */
const EVERYDAY = new RegExp(`${EVERYDAY_BODY}(?= |$)`, 'gu');
/** The act denied, not hedged: "i havent done it again", "i will never try that again" (not "i cant promise i wont"). */
const ACT_DENIED =
  /^ (?:i )?(?:will |would )?(?:havent|have not|hasnt|has not|wont|will not|didnt|did not|never|dont|do not)(?: \p{L}+){0,2}? (?:done|do|did|cut|tried|try|attempt|attempted|relapse|relapsed|go back|going back|go through|feel (?:like that|that way))(?: (?:it|that|this|myself))* $/u;
/** A purpose named after it: "… tried again for the driving test", "… at the interview". */
const PURPOSE_AFTER =
  /^ (?:for|at) (?:the|my|a|an) (?:\p{L}+ ){0,2}?(?:test|exam|exams|interview|job|loan|visa|scholarship|army|police|kcse|course|contract|tender|position|audition|trials?|gym)(?= |$)/u;
/** After an everyday doing or a wellbeing, what turns it to the act (red team 225: "i am at peace again since i wrote my
 * letters", "i feel strong again strong enough to finally do it", "sleeping well again only because i pray i do not wake
 * up"). */
const TURNED_AFTER =
  /^(?: \p{L}+){0,12}? (?:letters?|gave away|giving away|goodbye|do it|end it|ending it|finish it|take me|last time|not wake|dont wake|never wake|die|dying|dead|death|decided|decision|my plan|ready|slipping away|(?:i|and|to|then) (?:cut|cutting)|bleed\p{L}*|took (?:them|all|the whole)|swallow\p{L}*|pills|tablets|blade|rope|poison|kill|suicide|kujiua|kufa|nimeamua)(?= |$)/u;
/** A fresh wound named right after it ("… went to the clinic again for stitches on my new cuts"). */
const WOUND_AFTER = /^(?: \p{L}+){0,6} (?:stitches|bleeding|(?:new|fresh) (?:cuts|wounds|scars))(?= |$)/u;
/** … or the act told right after the everyday doing ("… i went home again and took all my tablets"). */
const ACT_AFTER =
  /^(?: \p{L}+){0,4} (?:took (?:all|the whole|too many|many)|swallowed|overdosed|drank (?:poison|sumu|jik)|cut myself|hurt myself|harmed myself|tried to (?:kill|end|hang)|poison|blade|razor|rope)(?= |$)/u;
/** Thanks or an everyday doing right after a bare "again" ("but again thank you", "and again on sunday i went to church"). */
const EVERYDAY_AFTER = new RegExp(
  `^(?: (?:on ${DAY}|today|yesterday|last night|this week))?(?: i| we)?(?:${EVERYDAY_BODY}| (?:i )?(?:say )?(?:thank|thanks|asante))(?= |$)`,
  'u',
);

/** "again" as a word: every one of a clause, or whether there is one. */
const AGAIN_EVERY = / again(?= |$)/gu;
export const AGAIN = / again(?= |$)/u;

const words = (text: string) => text.trim().split(' ').filter(Boolean);

/** The words before "again" back to the nearest joining word, at most ten (from a bounded slice: long check-ins). */
function stretchBefore(text: string, at: number): string {
  const before = words(text.slice(Math.max(0, at - 200), at));
  const kept: string[] = [];
  for (let k = before.length - 1; k >= 0 && kept.length < 10 && !JOINS.has(before[k]!); k--) kept.unshift(before[k]!);
  return ` ${kept.join(' ')} `;
}

/** Whether all of `stretch` is an everyday thing with words beside it. */
function allEveryday(stretch: string): boolean {
  const left = stretch.replace(EVERYDAY, ' ');
  return left !== stretch && words(left).every((w) => BESIDE.has(w));
}

/** Words before a subject that make what follows it uncertain: "i cant promise i wont try again". */
const HEDGE = / (?:promise|sure|know|hope|afraid|scared|might|if|maybe|think|thought|believe|wish|fear|worried)(?= )/u;

/** The stretch, and the part of it from its last subject when nothing before that hedges ("… years ago i hurt my knee"). */
function stretches(stretch: string): string[] {
  const at = Math.max(stretch.lastIndexOf(' i '), stretch.lastIndexOf(' we '));
  return at > 0 && !HEDGE.test(stretch.slice(0, at + 1)) ? [stretch, stretch.slice(at)] : [stretch];
}

const ordinary = (stretch: string) => ACT_DENIED.test(stretch) || allEveryday(stretch);

/** Whether one "again" of the clause says the act or the feelings go on. */
export function againGoesOn(text: string): boolean {
  for (const m of text.matchAll(AGAIN_EVERY)) {
    if (/ never$/u.test(text.slice(0, m.index))) continue;
    const stretch = stretchBefore(text, m.index);
    const rest = words(text.slice(m.index + m[0].length, m.index + 300));
    const after = ` ${rest.slice(0, 10).join(' ')} `;
    if (WOUND_AFTER.test(after) || ACT_AFTER.test(after)) return true;
    // "… and again on saturday", "…, today again": what follows says what came again.
    if (words(stretch).every((w) => BESIDE.has(w))) {
      if (!EVERYDAY_AFTER.test(after)) return true;
      continue;
    }
    if (TURNED_AFTER.test(` ${rest.slice(0, 14).join(' ')} `)) return true;
    if (PURPOSE_AFTER.test(after) || stretches(stretch).some(ordinary)) continue;
    return true;
  }
  return false;
}
