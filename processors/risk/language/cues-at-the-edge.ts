import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// An attempt begun at a place or with a weapon, told without "kill myself" (session 31, reviews 116, 117): "i went to
// the river to drown myself", "i climbed onto the roof last night to jump", "i put the gun to my head", "i lay on the
// railway line waiting for the train to hit me", "i jumped into the river but a fisherman pulled me out", "nilienda
// darajani nikitaka kujirusha", "i drove into the wall on purpose", another's pills swallowed. Each was low. Red team
// 116 found a first version raising 61 everyday texts ("went to the river to take a bath", "sat on the railway line
// until the train came", "drove slowly on purpose", a guard's rifle held to his chest): each form now names the speaker
// as what the act is for (myself, my life, "to hit me", jumping with nothing after), or a rescue. Raise only.

/** Heights one jumps from to die (a floor only when counted from the second). */
const FLOOR =
  '(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\\p{N}+(?:st|nd|rd|th)?) (?:floor|storey))';
const HEIGHT = `(?:bridge|roof|rooftop|building|tower|water tower|balcony|cliff|ledge|railing|flyover|overpass|escarpment|${FLOOR})`;
const WATER = '(?:river|lake|dam|sea|ocean|well|waterfall|falls)';
/** For oneself: "to drown myself", "to end my life", "so i could end it all". */
const TO_END =
  '(?:to|so (?:that )?i (?:could|can|would)|planning to|intending to|wanting to|ready to|hoping to|meaning to) (?:(?:drown|hang|kill) my ?self|throw my ?self (?:into|in|off|from)(?= )(?! (?:my|a|the work) )|(?:end|take) my (?:own )?life|end it(?: all)?(?= $| (?:there|tonight|once|for good)(?= ))|die(?! (?:laughing|of|my))(?= |$))|meaning (?:not )?to (?:come back|return)';
/** Jumping with nothing after it (not "down to the veranda", "across to the neighbours"), or off it, or to die. */
const TO_JUMP =
  '(?:to|so (?:that )?i (?:could|can)|planning to|wanting to|ready to|meaning to) (?:jump|fall|let go)(?= $| (?:off(?: it)?(?= $| (?:last night|yesterday|but|when|before))|from (?:it|there|the top)|to my death|and (?:end|die)|but|when|before|last night|yesterday)(?= |$))|before i let go';
const EN_WENT = [
  ` i (?:went|walked|drove|ran|climbed|came|got) (?:up |down |out )?(?:to|onto|on|up|into|on top of)(?: the| a| our| that)? (?:\\p{L}+ )?(?:${HEIGHT}|${WATER}|railway(?: line)?|tracks|forest|woods)(?: \\p{L}+){0,4}? (?:${TO_END})`,
  ` i (?:(?:went|walked|drove|ran|climbed|came|got|stood|sat) (?:up |out |over )?(?:to|onto|on|up|on top of|over|at)|climbed(?: over)?) (?:the |a |our |that |my )?(?:\\p{L}+ ){0,3}?${HEIGHT}(?: \\p{L}+){0,6}? (?:${TO_JUMP})`,
];
/** Swahili: gone to the place wanting to throw oneself, drown or die; a bare "kuruka" only with nothing after. */
const SW_PLACE =
  '(?:darajani|mtoni|ziwani|baharini|bwawani|kisimani|relini|roshani|(?:juu ya|kwenye|kwa|pale|pale kwa) (?:\\p{L}+ )?(?:paa|daraja|ghorofa|jengo|reli|roshani|bridge|river|lake|dam|ocean|sea|railway|rooftop|balcony|mnara)|(?:bridge|dam|rooftop|mnara wa maji))';
const SW_TO_END =
  '(?:nikitaka|nikataka|nilitaka|ili|kwa nia ya|tayari|nikiwa tayari|ready) (?:ku)?(?:jirusha|jitupa|jinyonga|jiua|jizamisha|nijirushe|nijitupe|nijiue|nizame|kufa|nife|jimaliza|maliza kila kitu|(?:ruka|jump|anguka)(?= $| (?:lakini|but|mtu|someone|nife)(?= )))';
const SW_WENT = [
  ` (?:nilienda|nilikwenda|nimeenda|nilipanda|nilifika|nilisimama|nilikaa|niliingia|niliclimb|nikaenda|nikapanda|nikaingia) (?:\\p{L}+ )?${SW_PLACE}(?: \\p{L}+){0,4}? ${SW_TO_END}(?= |$)`,
  ` (?:nilijaribu|nimejaribu) (?:kuruka|kujirusha) (?:kutoka|toka) (?:kwenye |juu ya )?(?:ghorofa|daraja|paa|jengo)`,
];
/** A gun to one's head or in one's mouth, a blade to one's wrist or throat. */
const GUN = '(?:gun|pistol|rifle|revolver|bunduki|bastola)';
const WEAPON = [
  ` i (?:\\p{L}+ ){0,6}?(?<!(?:temperature|thermometer|toy|water|glue|spray|nail|staple|massage|heat) )${GUN}(?: (?!(?:he|she|they|thugs?|robbers?|thieves|man|men|him|them)(?= ))\\p{L}+){0,8}? (?:(?:and )?(?:held|put|pressed|pointed) it (?:to|against|in|at) my (?:head|mouth|temple)|(?:nikaiweka|niliiweka|nimeiweka) (?:kwa |kwenye )?(?:kichwani|kichwa|mdomoni))`,
  ` i (?:\\p{L}+ )?(?:put|held|pressed|pointed|placed|stuck) (?:a |the |my |his |dads |my dads |a loaded |the loaded |(?:my )?\\p{L}+s )?${GUN} (?:to|against|in|into|at) my (?:head|mouth|temple)`,
  ` (?:nili|nime|nika)(?:weka|elekeza) bunduki (?:kichwani|mdomoni)`,
  ` i (?:took|put|pressed|had|held) (?:a |the |my )?(?:\\p{L}+ )?(?:knife|blade|razor|razor blade) (?:to|against) my (?:wrists?|throat)(?= |$)`,
];
/** Jumped from a floor, lain on the line for the train to hit, the road or a wall on purpose, a car in a shut garage. */
const ACT = [
  ` i (?:jumped|threw my ?self) (?:off|from) (?:the |a )?${FLOOR}(?!(?: \\p{L}+){0,3}? (?:because|when|in a hurry|to (?!die|end))(?= ))`,
  ` i (?:tried|attempted) to jump (?:off|from) (?:the |a )?(?:\\p{L}+ )?(?:${FLOOR}|flyover|overpass|building|balcony|cliff)`,
  ` i (?:lay|laid|lied|was lying|lay down|sat|stood|waited) (?:down )?(?:on|across|in the middle of|by|next to) the (?:railway|rail|train|railroad) (?:line|lines|tracks?)(?: \\p{L}+){0,4}? (?:waiting for|for|until|till) the (?:train|express) to (?:hit|kill|run over|crush|end it|end me) (?:me)?`,
  ` (?:nililala|nikalala|nilijilaza|nikajilaza|nilikaa|nilisimama)(?: \\p{L}+){0,4}? (?:reli|railway line|railway|tracks)(?: \\p{L}+){0,4}? (?:nikisubiri|nikingoja|waiting for) (?:the )?(?:train|treni|gari moshi) (?:inigonge|iniue|inikanyage|nife|to hit me)`,
  ` i (?:walked|went|waded|swam) (?:out )?into the (?:lake|river|sea|ocean|dam|water)(?: \\p{L}+){0,4}? (?:to (?:die(?! laughing)|drown(?: my ?self)?|end it|end my life)|so (?:that )?i would (?:not|never) (?:come|swim|walk) back|meaning not to come back)(?= |$)`,
  ` (?:niligongesha|nilidrive|niliendesha|nikagongesha|nikaendesha) (?:gari|pikipiki|boda|motorbike|car)(?: \\p{L}+){0,2}? (?:ukutani|kwa wall|kwenye (?:ukuta|mti|lori)|kwa (?:ukuta|mti|lori))(?: \\p{L}+){0,2}? (?:kwa )?makusudi`,
  ` (?:in|kwenye|ndani ya) (?:the |my )?(?:car|gari)(?: \\p{L}+){0,3}? (?:engine|injini) (?:running|on|inawaka|ikiwaka|ikiwa inawaka)(?: \\p{L}+){0,4}? (?:closed|shut|locked|iliyofungwa|imefungwa) (?:garage|gereji)(?!(?: \\p{L}+){0,2} (?:to (?:warm|fix|charge|test)|kupasha))`,
  ` i (?:crashed|drove|rammed|steered|swerved|rode)(?: my| the)?(?: \\p{L}+){0,3}? (?:into|at|towards|toward) (?:a |the )?(?:\\p{L}+ )?(?:wall|tree|truck|lorry|pole|oncoming \\p{L}+|bus|trailer)(?: \\p{L}+){0,4}? (?:on purpose|deliberately|intentionally|makusudi|hoping to die|to die)(?! (?:because|since|as|to avoid|to stop|coz)(?= ))`,
  ` i (?:walked|stepped|ran|jumped) (?:out )?in front of (?:a |the )?(?:\\p{L}+ )?(?:car|lorry|truck|bus|train|matatu|trailer)(?: \\p{L}+){0,2}? (?:hoping|so (?:that )?it would|wanting it to|praying) (?:it |that it )?(?:would )?(?:hit|kill|run over|end) me`,
];
/** Another's pills swallowed, all of them ("i swallowed all my mums pills", "nilimeza dawa zote za mama"). */
const KIN =
  '(?:mums?|moms?|mothers?|mamas?|dads?|fathers?|grandmas?|grannys?|grandmothers?|husbands?|wifes?|sisters?|brothers?|aunts?|aunties|uncles?|parents|cousins?|roommates?|flatmates?)';
const SW_KIN = '(?:mama|baba|bibi|babu|mume wangu|mke wangu|wife|husband|dada|kaka|shangazi|mjomba)';
const OTHERS_PILLS = [
  ` i (?:swallowed|downed|drank) (?:all|every one|each one|the whole bottle|a whole bottle|the whole packet) (?:of )?(?:my |the )?${KIN}(?: \\p{L}+){0,2}? (?:pills|tablets|medicine|medication|meds|sleeping pills|painkillers)(?= |$)(?!(?: \\p{L}+){0,6} (?:by mistake|thinking|accidentally))`,
  ` (?:nilimeza|nimemeza|nikameza|nilikunywa|nimekunywa|nikanywa) (?:dawa|vidonge|pills|tabs) (?:zote|vyote) (?:za|vya) ${SW_KIN}(?! (?:asante|thanks|alinikumbusha|amenikumbusha)(?= ))`,
  ` (?:nilimeza|nimemeza|nikameza|nilikunywa|nimekunywa|nikanywa) (?:dawa|vidonge|pills|tabs) (?:za|vya) (?:usingizi (?:za|vya) |presha (?:za|vya) )?${SW_KIN}(?: (?:yangu|wangu))? (?:zote|vyote)`,
];

/** After it: a fire, thieves, a swim or a game, a film, a lesson, fun; a station. */
const EVERYDAY_NEAR = re(
  ' (?:robbed|thugs?|mugged|site|sand|net|worker|fire|drill|earthquake|tremor|heat|hot|cool off|shav\\p{L}*|beard|barber|kimakosa|kwa makosa|nilidhani|zimalizwe|ziishe|by mistake|thinking|moto|thieves|robbers|wezi|majambazi|swim\\p{L}*|kuogelea|dive|diving|bungee|fun|game|play|movie|film|video|photo|selfie|sunset|fishing|uvuvi|boat|mashua|station|stesheni|platform|lesson|practice|training|stunt|parkour|dare|guard|security|shift|hunting|kuwinda|as if|as though|felt like|feels like|kama vile) ',
);
/** Right before it: a film, a game, a dream, a guard on duty (the whole clause before is not scanned for a place). */
const EVERYDAY_BEFORE = re(
  ' (?:movie|film|game|play|dream|ndoto|guard|security|askari wa|as if|as though|felt like|feels like|fire|drill|earthquake|tremor|site|shav\\p{L}*|barber) ',
);
const guards = {
  unlessNear: new RegExp(`${JOKE_AFTER.source}|${EVERYDAY_NEAR.source}`, 'u'),
  unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${EVERYDAY_BEFORE.source}`, 'u'),
  unlessWritten: WRITTEN_AS_FORM,
} as const;

/** Jumped into water with nothing after but a time, pulled out after (the rescue often in the next clause). */
const INTO_WATER = ` i (?:jumped|threw my ?self) into (?:the |a )?(?:river|lake|sea|dam|water|well|ocean)(?!(?: \\p{L}+){0,3}? (?:to|after|for|because|with)(?! (?:die|drown|end))(?= ))`;
const PULLED_OUT = re(
  ' (?:pulled me out|fished me out|rescued me|dragged me out|got me out|nikaokolewa|wakaniokoa|akaniokoa|alinitoa majini) ',
);

export const AT_THE_EDGE_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(INTO_WATER),
    onlyWhole: PULLED_OUT,
    selfReferring: true,
    ...guards,
  },
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    re: re(`(?:${[...EN_WENT, ...SW_WENT, ...WEAPON, ...ACT, ...OTHERS_PILLS].join('|')})`),
    selfReferring: true,
    ...guards,
  },
];
