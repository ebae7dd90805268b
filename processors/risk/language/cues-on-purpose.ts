import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { ON_PURPOSE as PURPOSE, anySpaces, re, wholeCheckIn } from './words.js';

// Hurting oneself told with the intent said, "on purpose" or "makusudi" (session 33; 65 such crises of earlier
// reviews and blind review 134 were low): "i hit myself on purpose last night", "i bit my arm on purpose until it
// bled", "i banged my head against the wall on purpose", "nilijipiga makusudi usiku mzima", "nilijiburn kwa makusudi",
// "nilijikwaruza makusudi hadi nikatoka damu". Earlier reviews' everyday twins ("nilijiburn bila makusudi", "… kwa
// jua makusudi nipate tan", "i punched myself on purpose to test the new gloves", "… upele unaniwasha") end otherwise:
// after the intent the check-in may say only when, how hard, why in self-blame, or that it was hidden. Not starving (a
// fast is kept on purpose), burnt out, a selfie, ironing or an injection. Raise only.

const EN_HURT =
  '(?:cut|hit|hitting|hitted|beat|beating|punch|punched|punching|bit|bite|biting|scratch|scratched|scratching|burn|burnt|burned|burning|choke|choked|choking|bang|banged|banging|slap|slapped|slapping)';
const BODY =
  '(?:my ?self|my (?:head|face|arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|chest|body|skin)|the wall)';
/** Up to four words between (where, with what, how hard); never a negation, "out", calories or the sun. */
const BETWEEN =
  '(?: (?!(?:out|bila|not|no|sio|si|siyo|haikuwa|sikuwa|calories|fat|tumbo|jua|sun|tan)\\b)\\p{L}+){0,4}?';
/** The harm it went on until ("until it bled", "mpaka damu ikatoka", "mpaka jicho likavimba"). */
const UNTIL_HARM =
  '(?:(?:until|till) (?:it|they|my \\p{L}+) (?:bled|bleeds|bleed|swelled|went numb)|(?:mpaka|hadi) (?:nivuje damu|damu (?:i|ika)?to(?:ke|ka)|nikatoka damu|(?:jicho|uso|mkono) (?:li|u|i)?kavimba|nikazimia(?: kidogo)?))';
const EN = ` (?:i |i have been |i been |i keep |i kept |i am |i was |i had |am )${EN_HURT} ${BODY}${BETWEEN} ${PURPOSE}`;
/** Swahili and Sheng reflexives: ni-/na-/hu-/nili-/nime- ji- and the verb. */
const SW_HURT = '(?:piga|beat|punch|uma|kwaruza|gonga|burn|scratch|choma|slap)';
export const NOT_THE_HARM = '(?! (?:picha|selfie|pasi|pamba|msasa|sindano|insulin|out|nje)\\b)';
const SW = ` (?:nili|nime|na|hu|ni|nikawa ni|nimekuwa ni)(?:ki)?ji${SW_HURT}${NOT_THE_HARM}${BETWEEN} ${PURPOSE}`;
/** The hand or head burnt, cut or hit, named without "ji" ("nilichoma mkono na moto makusudi"). */
const SW_BODY = ` (?:nili|nime|nika)(?:choma|kata|piga|gonga) (?:mkono|kichwa|mguu|paja|ngozi)(?: (?:wangu|yangu))?${BETWEEN} ${PURPOSE}`;
/** Paraffin drunk on purpose, which the other cues leave out as a child's mistake or a siphon. */
const PARAFFIN = ` (?:i (?:drank|swallowed)|nimekunywa|nilikunywa) (?:some |the )?(?:paraffin|kerosene|mafuta ya taa)(?: mingi)?${BETWEEN} ${PURPOSE}`;
const ACT = `(?:${EN}|${SW}|${SW_BODY}|${PARAFFIN})`;
/** Until it bled: blows only (scratching is an itch's, biting a lesson's; red team 137: eczema, chicken pox, a low
 * door, a mosquito), said as the whole check-in, anger or stress at most before it. */
const BLOWS_BETWEEN = '(?: (?!(?:door|mlango|mbu|mosquito\\p{L}*|nikiua|killing)\\b)\\p{L}+){0,4}?';
const BLOWS = [
  ` i (?:hit|beat|punched|banged|slapped|keep (?:hitting|beating|punching|banging|slapping)) (?:my ?self|my (?:head|face|legs|arms|chest)|the wall)${BLOWS_BETWEEN} ${UNTIL_HARM}`,
  ` (?:nili|nime|na|hu)(?:ki)?ji(?:piga|beat|punch|gonga|slap)${NOT_THE_HARM}${BLOWS_BETWEEN} ${UNTIL_HARM}`,
  // Scratching only with a blade.
  ` (?:nili|nime|na|hu)(?:ki)?jikwaruza(?: \\p{L}+){0,2} na (?:wembe|blade|kisu)${BLOWS_BETWEEN} ${UNTIL_HARM}`,
  ` i scratch(?:ed)? (?:my ?self|my \\p{L}+) with a (?:razor|razor blade|blade|knife)${BLOWS_BETWEEN} ${UNTIL_HARM}`,
];
const ANGRY = '(?:nikiwa na (?:hasira|stress)|when i (?:get|am) (?:angry|stressed))';
/** All the check-in may say after the intent: when, how long or hard, blood, self-blame, hiding it, how it feels now. */
const AFTER = [
  'again|tena|today|leo|yesterday|jana|last night|asubuhi|this morning|leo asubuhi|usiku(?: mzima| wa jana)?|every (?:night|day)|kila (?:usiku|siku)|this week|wiki hii',
  'like \\p{N}+ times|so hard|many times|mara nyingi|till i bled|(?:hadi|mpaka) (?:nikatoka damu|ikatoka damu|damu itoke|damu ikatoka|damu)|damu ikatoka',
  '(?:because|coz|cause|sababu|kwa sababu|juu|ili) (?:i hate myself|i deserve it|najichukia|nastahili|nisikie uchungu|i wanted to feel something|to feel something)',
  'to (?:feel something|punish myself|make the pain (?:inside )?stop)|i just wanted to feel something',
  'halafu nikaficha mkono|and hid it|nobody knows|hakuna anajua|bado inauma|it still hurts|na sigara|with a (?:belt|stick|cigarette)',
  'when im alone|nikiwa peke yangu|nikiwa na hasira|when i am angry|(?:na|and) (?:leo|today) (?:imetokea|it happened) (?:tena|again)',
  'and i keep doing it(?: every time (?:he|she|they|my \\p{L}+)(?: \\p{L}+){1,4})?|(?:kwa sababu|because) (?:najichukia|i hate myself)',
].join('|');
const PART = `(?:${AFTER}|${UNTIL_HARM})`;
/** Someone's question or belief before it ("daktari aliniuliza kama …", "watu wanadhani …", "ulidhani …"). */
const ASKED_BEFORE = re(
  ' (?:kama|if|whether|asked|aliniuliza|wanadhani|anadhani|ulidhani|walidhani|think|thinks|thought|unajua ni|huyu|jamaa|yeye|he|she)(?: \\p{L}+){0,3} $',
);

/** Till it bled, as people say it: "until they bleed", "till i bleed", "till they are bleeding" (a code review). */
export const TILL_BLEEDING = `(?:(?:until|till) (?:it|they|i|my \\p{L}+) (?:bled|bleeds|bleed|(?:is |are |am )?bleeding)|${UNTIL_HARM})`;
/** Scratched, pinched or burnt till it bled, with what it is for said after: feeling something, coping, punishment
 * (session 40, red team 177: "been scratching my wrists until they bleed every night this week it helps me feel
 * something"). An itch's scratching says no such purpose ("… the eczema is bad"). */
const SCRATCHED = ` (?:(?:i |i have been |ive been |i been |been |i keep |i kept |i am |im )(?:scratch|scratching|scratched|pinch|pinching|pinched|burn|burning|burnt|burned) my (?:wrists?|arms?|thighs?|legs?|skin|hands?)|(?:na|nime|nili|hu|ni)(?:ki)?ji(?:kwaruza|kuna|choma|burn|scratch|finya)(?: (?:mikono|mkono|miguu|mguu|mapaja|paja|ngozi))?)(?: \\p{L}+){0,3}? ${TILL_BLEEDING}`;
/** An itching skin. */
export const ITCH = re(
  ' (?:eczema|ekzema|chicken ?pox|tetekuwanga|upele|ukurutu|itch\\p{L}*|rash|allerg\\p{L}*|mosquito\\p{L}*|mbu|kunguni|bed ?bugs?|fungus|ringworm|psoriasis|hives|kuwasha|inaniwasha|inawasha) ',
);
/** What it is for: feeling something, coping, punishment; not relief ("it makes me feel better, the itching is so bad"). */
const WHAT_FOR =
  '(?:(?:it|this|that|the pain) (?:helps|help|makes) me (?:feel something|feel alive|feel real|cope)|(?:so|just so) (?:that )?i (?:can )?feel something|to feel something|to punish myself|(?:inanisaidia|inanifanya) (?:kuhisi|nihisi|kujisikia|nijisikie) (?:kitu|hai))';

export const ON_PURPOSE_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`${ACT}(?= |$)`),
    // Any run of spaces stands for one: the check-in's clauses are joined with their own.
    onlyWhole: re(`${anySpaces(`${ACT}(?: ${PART})*`)} *$`),
    ...OWN_WORDS,
    unlessBefore: new RegExp(`${OWN_WORDS.unlessBefore.source}|${ASKED_BEFORE.source}`, 'u'),
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`(?:${BLOWS.join('|')})(?= |$)`),
    onlyWhole: wholeCheckIn(`(?:${ANGRY})?(?:${BLOWS.join('|')})(?: ${PART})*`),
    ...OWN_WORDS,
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(`${SCRATCHED}(?= |$)`),
    // An itch named anywhere: "it helps me cope" with eczema or chicken pox is the itch's relief (a code review).
    unlessWhole: ITCH,
    onlyWhole: re(anySpaces(`${SCRATCHED}(?: [\\p{L}\\p{N}]+){0,8}? ${WHAT_FOR}(?= |$)`)),
    ...OWN_WORDS,
  },
];
