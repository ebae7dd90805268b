import type { Cue } from './patterns.js';
import { DEATH, EN_WILL, JOKE_AFTER, NOT_OWN_PLAN, TIME } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// The whole dose planned in free word order (review 106): the pills named before or after, "all of them", "them all",
// "every tablet", "the whole tin of tablets", "nitakunywa zote", "nimeze strip nzima ya piriton", with a time, death
// or a farewell somewhere in the check-in. cues-pills-planned.ts reads the fixed phrases. Raise only (LATER_CUES).

/** Pills by any name, English, Swahili and Sheng; "dawa zangu zote" is also the evening's medicines, so only "dawa" of
 * someone else or of a kind. */
const PILL =
  '(?:pills|pill|tablets|tablet|tabs|(?<!bottle of )panadol|paracetamol|piriton|painkillers|medicine|medication|meds|drugs|supply|arvs|antidepressants|vidonge|tembe|mapanadol|mapills|dawa(?! (?:zangu|yangu)))';
/** I will, I am about to, so I can: the English intent before the verb. */
const INTENT_EN = `(?:${EN_WILL}| tonight i| (?:i am|im)(?: going to)?| so (?:that )?i can| so i| (?:i|and)(?: then)?)`;
/** "Take" is also carried, collected or stocked: its own cue, with more guards. */
const TAKE = '(?:take|taking)';
const SWALLOW = '(?:swallow|swallowing|down|downing|finish|finishing|overdose on)';
const WHOLE_EN =
  '(?:all (?:of )?(?:them|it|the|those|these)|all at once|them (?:all )?(?:together|at once)|them all|it all|every (?:single )?(?:one|tablet|pill|tab)|the (?:whole|entire|full)|the rest)';
/** Swallowed or drunk, by me, now or later ("nitazimeza", "nimeze", "plan yangu ni kuzikunywa"). */
const VERB_SW =
  '(?:nitameza|nita meza|ntameza|nitakunywa|nita kunywa|nitakunya|ntakunywa|nitazimeza|nitavimeza|nitazikunywa|nitavikunywa|nazimeza|navimeza|nazikunywa|nimeze|nizimeze|nivimeze|nizinywe|kuzimeza|kuvimeza|kuzikunywa|kuvikunywa|nitabugia|nitagonga|nitaangusha|nitaswallow|nitazigonga|nitazibugia|nazigonga|nazibugia|nagonga|nabugia|kuzibugia|kuzigonga)';
const WHOLE_SW = '(?:zote|vyote|nzima|mzima|yote)';
/** Wanted or decided, then the infinitive ("nadai kubugia ma panadol zote", "nimeamua kugonga dawa zote"). */
const WANT_SW =
  '(?:nataka|nadai|nimeamua|nmeamua|nimepanga|plan yangu ni|niko tayari) (?:ku(?:bugia|gonga|meza|nywa|zimeza|zikunywa|zibugia|zigonga))';
const CONTAINER = '(?:pakiti|paketi|packet|packets|strip|strips|chupa|bottle|bottles|tin|box|boksi)';

const told = (VERB_EN: string) => [
  // The pill named between the verb and "all of them" ("i am taking my husbands diabetes tablets all of them").
  `${INTENT_EN} ${VERB_EN} (?:\\p{L}+ ){0,5}?${PILL}(?: \\p{L}+){0,4}? ${WHOLE_EN}`,
  `${INTENT_EN} ${VERB_EN} every (?:single )?(?:tablet|pill|tab)`,
  // Named after ("… swallow every tablet in the strip", "… take the whole tin of tablets").
  `${INTENT_EN} ${VERB_EN}(?: \\p{L}+){0,1}? ${WHOLE_EN}(?: \\p{L}+){0,4}? ${PILL}`,
  // Named before it in the clause ("i bought two strips of piriton … i plan to take them all").
  // The intent tried first, then the look back for the pills (costly at every position).
  `(?=${INTENT_EN} ${VERB_EN} )(?<= ${PILL}(?: \\p{L}+){0,12})${INTENT_EN} ${VERB_EN} (?:them|it|zote|vyote)?(?: \\p{L}+)?? ?${WHOLE_EN}`,
  // Swahili: "nitakunywa zote" after the pills, "nitameza pakiti zote mbili za dawa", "nimeze strip nzima ya piriton".
  `(?= ${VERB_SW} ${WHOLE_SW})(?<= ${PILL}(?: \\p{L}+){0,12}) ${VERB_SW} ${WHOLE_SW}`,
  ` ${VERB_SW} ${CONTAINER} ${WHOLE_SW}(?: mbili| tatu)?(?: \\p{L}+)? (?:ya|za|of) (?:\\p{L}+ )?${PILL}`,
  // Not "nitameza tu vidonge vyote kesho" (I'll just take them all: a course).
  ` ${VERB_SW} (?!tu )(?:\\p{L}+ ){0,2}?${PILL}(?: \\p{L}+){0,2}? ${WHOLE_SW}`,
  ` ${WANT_SW} (?:ma )?(?:\\p{L}+ ){0,2}?${PILL}(?: \\p{L}+){0,3}? ${WHOLE_SW}`,
];
/** When, or why: a time, death or a farewell anywhere in the check-in. */
const WHEN_ANYWHERE = re(
  ` (?:${TIME}|${DEATH}|at once|all at once|together|kwa mara moja|pamoja|goodbye|good bye|kwaheri|kwa heri|forgive me|nisamehe|mnisamehe|sorry|letters?|barua|just go|and go|never wake up|sitaki kuamka|nobody will miss me|nimalizane|maliza) `,
);
/** Carried to someone or somewhere ("… all the tablets to the ward for the patients", "… the box of arvs to my sister"). */
const KIN =
  '(?:sister|brother|mum|mom|mother|dad|father|grandma|grandmother|grandpa|aunt|auntie|uncle|cousin|friend|neighbou?r|wife|husband|son|daughter|child|kids|children|patients?)';
const CARRIED = `(?:to|for) (?:the |my |her |his |their )?(?:new |top |other )?(?:ward|hospital|clinic|pharmacy|chemist|shop|school|office|village|shelf|shelves|store|stand|counter|${KIN})|(?:kwa|kwenda kwa) (?:mama|baba|dada|kaka|bibi|babu|shangazi|mjomba|jirani|wagonjwa)`;
/** After it: a regimen, a course, the doctor's word, the morning, a refill, a joke. */
const REGIMEN = re(
  ` (?:as prescribed|(?<!of )course|dose|dozi|daily|every day|kila siku|with (?:food|breakfast|supper|dinner|lunch|tea|chai|uji)|after (?:eating|food|breakfast|meals?)|asubuhi|morning|kama (?:daktari|kawaida)|as the (?:doctor|nurse)|as usual|mpaka (?:zi|vi)?ishe|until (?:they|it) (?:finish|finishes|are finished)|refill|clinic|kliniki|headache|kichwa|fever|homa|deworm\\p{L}*|minyoo|iron|vitamins?|malaria|typhoid|antibiotic\\p{L}*|head|bitter|move on|(?:the )?doctor said|daktari alisema|as advised|single dose|${CARRIED}) `,
);
/** Before it: the health worker's instruction, a dose missed, a shop or a delivery. */
const INSTRUCTED = re(
  ` (?:(?:doctor|daktari|nurse|nesi|pharmacist|chemist|clinic|kliniki|hospital|hospitali) (?:said|says|told me|advised|alisema|ameniambia|aliniambia|amesema|ameagiza|aliagiza)|prescribed|refill|antibiotic\\p{L}*|as a (?:nurse|doctor|pharmacist|chemist|teacher|counsell?or)|patients|wagonjwa|forgot|missed|skipped|nimesahau|nilisahau|nilisau|deliver\\p{L}*|customers?|wateja) `,
);

/** Before "take": a shop, a pharmacy or a supplier's stock ("the pharmacy only had half so i will take all the tablets"). */
const STOCKED = re(' (?:pharmacy|chemist|supplier|stock|shelf|shop|duka|half|nusu|delivery) ');

/** One cue per verb: "take" (also carried or stocked) is silenced by the shop or stock before it as well. */
const toldCue = (verb: string, before: readonly RegExp[]): Cue => ({
  tier: 'plan',
  code: 'intent',
  re: re(`(?:${told(verb).join('|')})(?= |$)`),
  onlyWhole: WHEN_ANYWHERE,
  unlessNear: new RegExp(`${REGIMEN.source}|${JOKE_AFTER.source}`, 'u'),
  unlessBefore: new RegExp(before.map((r) => r.source).join('|'), 'u'),
  unlessWritten: WRITTEN_AS_FORM,
  selfReferring: true,
});

export const PILLS_TOLD_CUES: readonly Cue[] = [
  toldCue(SWALLOW, [NOT_OWN_PLAN, INSTRUCTED]),
  toldCue(TAKE, [NOT_OWN_PLAN, INSTRUCTED, STOCKED]),
];
