import type { Cue } from './patterns.js';
import { DAYS, JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt stopped short, told with a time (review 106): "i almost killed myself yesterday" (alone: high, a clinician
// asks; everyday mishaps say how), "… i have wanted to kill myself and yesterday i nearly did it" (the act named before
// it in the check-in: an aborted attempt, behaviour). Raise only (LATER_CUES).

const WHEN_PAST = `(?:yesterday|last night|last week|last weekend|last month|this month|this week|this morning|today|tonight|on (?:${DAYS})|(?:a|one|two|three|a few|a couple of|\\p{N}+) (?:days?|weeks?) ago|(?:a|one|two|three|a couple of|a couple|couple|2|3) months? ago|jana(?: usiku)?|leo(?: asubuhi)?|juzi|wiki iliyopita|mwezi uliopita)(?: on purpose| deliberately)?`;
/** How an everyday mishap is told: laughing, a fall, the road, work, the kitchen, food, heat. */
const MISHAP = re(
  ' (?:laugh\\p{L}*|lol|haha\\p{L}*|stairs|staircase|fell|fall|falling|slipped|tripped|boda|road|car|matatu|bike|motorbike|accident|driving|cooking|kitchen|knife|gas|stove|jiko|gym|workout|running|football|match|work|working|job|exam|studying|revision|eating|ate|food|chilli|pilipili|heat|sun|swimming|ladder|roof|tree|electric\\p{L}*|wire|by mistake|accidentally) ',
);
/** Earlier in the check-in: the act wished or planned in words ("i have wanted to kill myself"). */
const ACT_NAMED = re(
  ' (?:kill (?:my ?self|me)|end (?:my|it all)|my life|suicid\\p{L}*|take my (?:own )?life|die|dead|kujiua|kufa|nife|kujitoa uhai|kumaliza maisha) ',
);
const guards = {
  unlessNear: new RegExp(`${MISHAP.source}|${JOKE_AFTER.source}`, 'u'),
  unlessBefore: new RegExp(`${MISHAP.source}|${NOT_OWN_PLAN.source}`, 'u'),
  unlessWritten: WRITTEN_AS_FORM,
} as const;

export const NEARLY_DID_CUES: readonly Cue[] = [
  {
    tier: 'active',
    code: 'attempt_stopped',
    re: re(` i (?:almost|nearly) (?:killed|hanged|hung|drowned|poisoned|ended) my ?self(?: ${WHEN_PAST})?(?= $)`),
    ...guards,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(
      ` (?:${WHEN_PAST} )?i (?:almost|nearly|very nearly) (?:did it|went through with it|ended it|did|killed my ?self)(?: ${WHEN_PAST})?(?= $| (?:but|and|my|then|na|lakini|someone|somebody)(?= ))| ${WHEN_PAST} (?:nusura nifanye|nilikaribia kufanya|karibu nifanye)(?= |$)`,
    ),
    onlyWhole: ACT_NAMED,
    ...guards,
  },
];
