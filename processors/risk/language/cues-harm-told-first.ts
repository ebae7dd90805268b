import type { Cue } from './patterns.js';
import { NOT_THE_HARM, TILL_BLEEDING } from './cues-on-purpose.js';
import { SELF_HARM_OR_TURN_THEN_DENIED } from './cues-relapse.js';
import {
  ITCH_SAID,
  LEAD,
  NOT_ACCIDENT as NOT_ACCIDENT_BARE,
  NOT_BLAME,
  SW_HABIT,
  SW_IDIOM as SW_IDIOM_BARE,
  SW_PERSON,
  SW_TIME_BEFORE,
  THINGS,
} from './cues-harm-said-after.js';
import { re } from './words.js';

// Session 56 (red teams 253, 254): self-harm other than cutting told first and then set apart from suicide ("i keep
// punching the wall till my knuckles bleed but im not suicidal", "najikwaruza mpaka damu lakini sina mawazo ya kujiua").
// A routine "but im not suicidal" follows household burns and bumps as often (two code reviews), so only acts told with
// their harm count: till it bleeds, bruises, swells or goes numb; blows, bites, hair pulled to bald patches; Swahili
// with blood, blows or "makusudi". Not sport, the sun, a dream or a drum after it, nor an accident told before it.

/** Session 55's accidents after the act, and more that a routine "but im not suicidal" follows (two code reviews):
 * cooking, a candle or a pipe on a motorbike, in one's sleep, the stairs, a bed or a shelf in Swahili. */
const NOT_ACCIDENT = `${NOT_ACCIDENT_BARE}(?! (?:\\p{L}+ ){0,3}?(?:making (?:chapati|tea|chai|food|ugali|mandazi|supper|lunch)|frying|boiling|lighting|candle|matchstick|charcoal|relaxer|salon|motorbike pipe|exhaust pipe|pikipiki|steering|in my sleep|grinding|ironing|fixing|straightening|in the sun|sunburn|at the beach|juani|(?:on|against|into) (?:the |a |my )?(?:matatu|bus|stairs|step|ceiling|doorway|bathroom floor|kitanda|kabati|kiti|dirisha|ngazi|${THINGS}))(?= |$))`;
/** Session 55's Swahili idioms, and sport, furniture, pimples, a chest beaten at a match, a table, a church. */
const SW_IDIOM = `${SW_IDIOM_BARE}(?! (?:\\p{L}+ ){0,2}?(?:kitanda|kabati|kiti|dirisha|ngazi|mechi|mpira|ball|chunusi|pimples?|selfie|sindano|sherehe|gym|jog\\p{L}*|mbio|mtungi|kifua\\p{L}*|meza\\p{L}*|kanisani|kwaya|ngoma)(?= |$))(?! (?:\\p{L}+ ){0,8}?(?:kuamka|niamke|nisilale|usingizi\\p{L}*|nikiota|ndoto\\p{L}*|kanisani|kwaya|ngoma|tukicheka|nikicheka|mezani)(?= |$))`;
/** The harm: till it bleeds, bruises, swells, hurts or goes numb; not at sport, in the sun, in a dream or at a drum. */
const UNTIL_HURT =
  '(?:till|until|so hard(?: that)?) (?:it|they|i|my \\p{L}+|there (?:is|are)) (?:(?:are|is|were|was|get|go|turn|turned|am) )?(?:\\p{L}+ ){0,2}?(?:bleeds?|bled|bleeding|bruises?|bruised|bruising|swells?|swelled|swollen|blood|bloody|blisters?|blistered|hurts?|hurting|numb|black and blue|raw|headache|see stars)(?! (?:\\p{L}+ ){0,3}?(?:at|during|in|playing|on|to) (?:the |my |a |make sure )?(?:football|gym|training|karate|boxing|match|practice|game|rugby|sun|beach|marathon|church|drum\\p{L}*|dream\\p{L}*|clap\\p{L}*|i wasnt dreaming|(?:long )?run|race|jog\\p{L}*|stay awake|wake up|jiko|stove|pan|sufuria|kettle|iron|door|table|desk|bed|cupboard)(?= |$))(?= |$)';
/** Over and over, really hard ("… my own face really hard over and over"). */
const OVER_AND_OVER = '(?:(?:really |so )?hard )?(?:over and over|again and again|repeatedly)';
const BLOWS =
  'hitting|hit|punch|punching|punched|slap|slapping|slapped|beating|beat|bite|biting|bit|bang|banging|banged|slam|slamming|slammed';
/** A trigger or habit said right after a blow to oneself ("… every night", "… when i get angry"). */
const TRIGGER =
  '(?:every (?:night|day)|(?:every time|whenever) (?:i|we) (?:fight|argue|get|feel|am|cry|mess up|fail)|when (?:i|i am|we) (?:get |feel |am |got )?(?:angry|upset|stressed|overwhelmed|sad|anxious|alone|lonely|frustrated))';
/** In the gap before the harm: something else struck, laughter, clapping, a drum, staying awake. */
const NOT_ELSE =
  '(?! (?:\\p{L}+ ){0,8}?(?:together|laugh\\p{L}*|clapping|drum\\p{L}*|keyboard|slaps|desk|table|to (?:stay|keep) (?:awake|focused)|to wake (?:up|my ?self)|with (?:cold )?water|(?:ku|ni)amka|usingizi|nisilale)(?= |$))';
/** Oneself, a limb, fists on a wall or the wall itself, till it hurts (not fingers, a nervous habit; not "a wall", a
 * runner's; the wall with nothing between it and the harm). */
const BLOWS_EN = `${LEAD}(?:(?:${BLOWS}|burn|burning|burnt|burned) (?:my ?self${NOT_BLAME}|my (?:own )?(?:arms?|wrists?|thighs?|legs?|face))|(?:bite|biting|bit) my (?:own )?(?:hands?|arms?|wrists?))${NOT_ELSE}(?=(?: \\p{L}+){0,3}? (?:${UNTIL_HURT}|${OVER_AND_OVER})| ${TRIGGER})${NOT_ACCIDENT}`;
/** Blows to oneself on the body with one's fists or a belt, or twice or again ("hitting myself on the thighs with my
 * fists", "punched myself in the face twice"); not on the head (forgetting things). */
const ON_BODY_EN = `${LEAD}(?:${BLOWS}) my ?self (?:on|in) (?:the|my) (?:thighs?|arms?|legs?|chest|stomach|face|ribs)${NOT_ELSE}(?= *$| (?:with (?:my )?(?:fists?|belt|hands?)|(?:\\p{L}+ ){0,2}?(?:twice|again|every|hard|${OVER_AND_OVER})|${TRIGGER})(?= |$))${NOT_ACCIDENT}`;
/** Fists on the wall till it hurts or as a habit ("… every time we fight"); the head only till it hurts ("hitting my
 * head against the wall every time i try this code" is the idiom). */
const WALL_EN = `${LEAD}(?:(?:(?:punch|punching|punched|bang|banging|banged|slam|slamming|slammed) (?:the )?walls?(?: with my (?:fists?|hands?))?|(?:${BLOWS}) (?:the )?walls? with my (?:fists?|hands?)|(?:${BLOWS}) my (?:fists?|hands?) (?:against|on) (?:the )?walls?)(?: (?:\\p{L}+ ){0,5}?${UNTIL_HURT}| ${TRIGGER})|(?:(?:punch|punching|punched|bang|banging|banged|slam|slamming|slammed) (?:the )?walls? with my head|(?:${BLOWS}) my head (?:against|on) (?:the )?walls?) (?:\\p{L}+ ){0,5}?${UNTIL_HURT})`;
/** Hair pulled out to bald patches, not over exams, nor extensions or braids. */
const HAIR_EN = `${LEAD}(?:pull|pulling|pulled|rip|ripping|ripped) (?:out )?(?:(?:so much|some|chunks|clumps) of )?my (?:own )?hair(?: out)?(?! (?:over|with|about|because|from|extensions|braids|weave|wig|rasta|dreads|lines)(?= |$))(?=(?: \\p{L}+){0,8}? (?:bald (?:patch|patches|spot|spots)|(?:till|until) (?:it|my scalp) (?:bleeds|bled|thins))(?= |$))`;
/** Skin scratched or pinched till it bleeds. */
const SKIN_EN = `${LEAD}(?:scratching|scratched|scratch|pinching|pinched|pinch) (?:my ?self|my (?:wrists?|arms?|thighs?|legs?|skin|hands?|face))(?=(?: \\p{L}+){0,3}? (?:${TILL_BLEEDING}|(?:until|till) (?:there is|i see) blood|${UNTIL_HURT})(?= |$))`;

/** Swahili blood, blows or purpose after the verb ("… mpaka damu", "… makofi", "… makusudi", "… hadi nikavimba"). */
const SW_HARM =
  '(?= (?:\\p{L}+ ){0,4}?(?:makofi|ngumi|damu|makusudi|nikikasirika)(?= |$)| (?:\\p{L}+ ){0,4}?(?:mpaka|hadi) (?:\\p{L}+ ){0,3}?(?:damu|alama|madoa|\\p{L}*vimba|vipara|uchungu|naumia|inauma|maumivu|na(?:bruise|bleed|swell)|bruise|bleed|swell)(?= |$))';
const SW_WHO = `(?:${SW_HABIT}|${SW_TIME_BEFORE}${SW_PERSON}|${SW_PERSON}|(?:mi )?hu|(?:nikaanza|nimeanza|nilianza) ku)`;
const NOT_DARK = '(?! (?:\\p{L}+ ){0,4}?(?:giza|gizani|stima)(?= |$))';
/** Blows, burns, scratches told with their harm; hurting or harming oneself ("jiumiza", "jidhuru") is the harm itself. */
const SW_ACTS = ` (?:${SW_WHO}(?:ji(?:piga|chapa|choma|kwaruza|finya|uma|gonga|burn|beat|slap|punch|hit|scratch)${NOT_THE_HARM}${SW_IDIOM}${SW_HARM}|ji(?:umiza|dhuru)${NOT_THE_HARM}${SW_IDIOM})|${SW_HABIT}jipiga(?= *$))${NOT_DARK}`;
/** The head on a wall: as a habit, or with force, anger or loneliness after it; never in the dark. */
const SW_WALL_V = '(?:ji)?(?:gonga|gongesha|piga) kichwa(?: changu)? (?:(?:kwa|kwenye|na) ukuta|ukutani)';
const WALL_FORCE =
  '(?= (?:\\p{L}+ ){0,5}?(?:mpaka|hadi|damu|makusudi|nikikasirika|nikiwa (?:na (?:hasira|stress|msongo)|peke yangu)|kila (?:siku|usiku|mara))(?= |$))';
const SW_WALL = ` (?:${SW_HABIT}${SW_WALL_V}|${SW_WHO}${SW_WALL_V}${WALL_FORCE}|${SW_WHO}piga ukuta (?:ngumi|makofi)${SW_HARM})${NOT_DARK}`;
/** Hair pulled out to bald patches or blood, not grey or beard hairs plucked. */
const SW_HAIR = ` ${SW_WHO}(?:ji)?(?:ngoa|vuta) nywele(?: (?:zangu|yangu))?(?! za (?:mvi|kidevu|ndevu|pua|kwapa))(?= (?:\\p{L}+ ){0,6}?(?:vipara|upara|kipara|damu|zinatoka)(?= |$))`;

/** An accident told right before the act ("i slipped in the bathroom and i hit my head …", "nilianguka kwa boda
 * nikajipiga …"): a fall in the past tense, a road accident, a game, the dark; not "fall apart" or "slip up". */
const ACCIDENT_BEFORE = re(
  ' (?:(?:fell|slipped|tripped)(?! (?:apart|asleep|up|back|behind|into|in love|out|sick|ill|pregnant|off the wagon|for)(?= |$))|(?:nilianguka|nimeanguka|nikaanguka)(?! (?:mtihani|mitihani|kcse|kcpe|exams?)(?= |$))|nikateleza|nilijikwaa|nikajikwaa|(?:i was in|i had|i got into|we had|we were in|was in) an? (?:\\p{L}+ )?accident|(?:nilipata|tulipata) ajali|(?:playing|played|was playing|were playing) (?:football|rugby|basketball|netball|volleyball|mpira)|nilicheza mpira|nikicheza mpira|gizani|in the dark|stima ilipotea|drumming|clapping)(?: \\p{L}+){0,6} $',
);

export const HARM_TOLD_FIRST_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS_EN}|${ON_BODY_EN}|${WALL_EN}|${HAIR_EN}|${SKIN_EN}|${SW_ACTS}|${SW_WALL}|${SW_HAIR})(?= |$)`),
    onlyWhole: SELF_HARM_OR_TURN_THEN_DENIED,
    unlessWhole: ITCH_SAID,
    unlessBefore: ACCIDENT_BEFORE,
    // The speaker's own act ("i …", "na-"): "till they bleed" is the fists, not others.
    selfReferring: true,
  },
];
