import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Hanging, strangling or smothering begun on oneself, told without "kill myself" (session 31, reviews 114, 115): "i
// tied a belt around my neck last night", "nilijifunga kamba shingoni", "i have tried twice this week to hang myself",
// "nilijitundika kwenye dari", "i squeezed my own neck until i blacked out", a plastic bag over one's head taken off in
// panic; thoughts of it ("mawazo ya kujikaba"). Only "rope/noose around my neck" and "nimejifunga kamba shingoni" were
// read before. Red team 115 found a first version raising 79 of 163 ordinary texts (a tie, a lanyard, cables carried
// round the neck, choking on food, Sheng "kamba", a lie): a cord counts only by an act of tying with no use named, or
// with an outcome (breath, sense, a hang point), never by a word in the neighbourhood. Raise only (LATER_CUES).

/** Cords tied round one's own neck only to hang or strangle. */
export const STRICT = '(?:rope|roap|noose|belt|belth|kitanzi|kamba|kamaba|mshipi)';
/** Put on, not tied: only a rope or a noose is put round the neck for nothing else. */
const ROPE = '(?:rope|roap|noose|kitanzi|kamba|kamaba)';
/** Cords and cloth also carried or worn round the neck: only with an outcome. */
export const LOOSE =
  '(?:cord|cable|wire|electric wire|extension(?: cable)?|charger(?: cable)?|bed ?sheets?|sheet|shoe ?laces?|laces?|leash|dog lead|scarf|tie|necktie|towel|cloth|chain|string|lanyard|kanga|leso|shuka|kitambaa|mkanda|waya)';
/** Where one hangs from. */
export const HANG_POINT =
  '(?:beam|roof beam|rafters?|ceiling(?: fan)?|fan|hook|door frame|door handle|door|window bars|burglar bars|bars|rail|bunk bed|bunk|tree|mango tree|branch|roof|boriti|dari|darini|feni|mlango|dirisha|mti|tawi|paa|ndoano)';
/** What pulling did: breath or sense gone. */
const OUTCOME =
  '(?:i (?:could not|couldnt|cant|cannot|could nt) breathe|(?:i )?(?:blacked|passed) out|i fainted|i saw stars|(?:everything|it all) went (?:dark|black)|my face went (?:blue|purple|numb|white)|i lost consciousness|nikazimia|nikashindwa kupumua|sikuweza kupumua|nikakosa pumzi|nikaona (?:giza|stars|nyota))';
/** For a cord also worn: sense lost, not breath short ("i tightened my tie … i could not breathe"; red team 121). */
const SENSE_LOST =
  '(?:(?:i )?(?:blacked|passed) out|i saw stars|(?:everything|it all) went (?:dark|black)|i lost consciousness|nikazimia|nikaona (?:giza|stars|nyota))';
const PULLED = `(?:pulled|tightened|squeezed|twisted|nikavuta|nikaipull|nikaibana)(?: it| them)?(?: tight| tighter| hard)?(?: \\p{L}+){0,2}? (?:until|till|untill|mpaka) ${OUTCOME}`;
/** Hung from something, stood on something, the head put through. */
const HUNG = `(?:(?:and )?(?:tied|hooked|fastened|looped|hung) (?:it|the other end) (?:to|on|from|over) (?:the |a |my )?(?:top of the |end of the )?(?:\\p{L}+ )?${HANG_POINT}|(?:and )?(?:stood|stepped) on (?:the |a )?(?:chair|stool|bucket|bed)(?! to )|put my (?:neck|head) (?:in|through) it)`;
const AFTER_ACT = `(?: \\p{L}+){0,6}? (?:${PULLED}|${HUNG}|until ${OUTCOME})`;
/** Swahili: tied on to a hang point after. */
const SW_HUNG = `nika(?:u|i|ki)?(?:funga|tundika) (?:kwa|kwenye|juu ya) (?:\\p{L}+ )?${HANG_POINT}`;
const WHOSE = '(?:a |the |my |this |that |an |some |my own |my old |an old )?';
const NECK = '(?:neck|throat)';
const TIED = '(?:tied|tightened|wrapped|looped|fastened|knotted)';
const EN_CORD = [
  ` i (?:\\p{L}+ )?${TIED} ${WHOSE}${STRICT}(?: tight| tighter)? (?:around|round|on) my (?:own )?${NECK}(?!(?: \\p{L}+){0,6}? (?:to|so|as|for|while|when|because)(?= ))`,
  ` i (?:\\p{L}+ )?(?:put|placed|slipped) ${WHOSE}${ROPE} (?:around|round|on) my (?:own )?neck(?! (?:to|so|as|for|while|because)(?= ))(?: \\p{L}+){0,8}? (?:got scared|took it off|panicked|then i stopped|i stopped|someone|somebody|my \\p{L}+ (?:walked|came|knocked|called|found))`,
  ` i (?:\\p{L}+ )?(?:pulled|tightened|squeezed) ${WHOSE}(?:\\p{L}+ )?${STRICT}(?: tight| tighter| hard)? (?:around|round|on|against) my (?:own )?${NECK}(?: \\p{L}+){0,4}? (?:and |until |till )?(?:${OUTCOME})`,
  ` i (?:\\p{L}+ )?(?:pulled|tightened|squeezed) ${WHOSE}(?:\\p{L}+ )?${LOOSE}(?: tight| tighter| hard)? (?:around|round|on|against) my (?:own )?${NECK}(?: (?!(?:for|to|at|in|when|while)(?= ))\\p{L}+){0,4}? (?:and |until |till )?(?:${SENSE_LOST})`,
  ` (?:almost|nearly) did it(?: \\p{L}+){0,3}? (?:the |my |a )?(?:${STRICT}|${LOOSE}) (?:was )?(?:already )?(?:around|round|on) my neck`,
  ` i (?:\\p{L}+ )?(?:${TIED}|put|placed|slipped) ${WHOSE}(?:\\p{L}+ )?(?:${STRICT}|${LOOSE}) (?:around|round|on|over) my (?:own )?${NECK}${AFTER_ACT}`,
  ` i (?:squeezed|pressed|choked|strangled) my (?:own )?${NECK}(?: with ${WHOSE}(?:\\p{L}+ )?(?:${STRICT}|${LOOSE}|hands|bare hands))?(?: \\p{L}+){0,2}? (?:until|till|mpaka) ${OUTCOME}`,
  ` (?:i had |with )?(?:the |my |a )?${STRICT} (?:was |is )?(?:already |still )?(?:around|round|on) my neck (?:when|as|before|then|and then)(?: \\p{L}+){0,3}? (?:walked in|came in|knocked|called|opened|found me|saw me|shouted|screamed|cried|rang)`,
  ` (?:(?:step|stepped|stepping) off (?:the |a )?(?:chair|stool|bucket)|kick(?:ed)? (?:the|away the) (?:chair|stool))(?: \\p{L}+){0,3}? with (?:the |my |a )(?:${STRICT}|${LOOSE}) (?:around|round|on) my neck`,
];
/** Swahili: reflexive tying is one's own neck; other verbs need a bare cord and nothing after but a time or what came next. */
const ON_NECK =
  '(?:shingoni|kwa shingo|kwa neck|kwenye shingo|around my neck|on my neck)(?! (?:mwa|mwake|yake|ya|la|wa|mwao)(?= |$))';
const NEXT = `(?= $| (?:jana|leo|juzi|usiku|asubuhi|alfajiri|last night|yesterday|this morning|morning|evening|today|tonight|nikaogopa|nikaitoa|nikaacha|chumbani|niko|nikasimama|nikapanda|kiti|lakini|but|then|halafu|alafu|dada|kaka|mama|bro|mathe|sis)(?= |$))`;
const BARE = '(?! (?:ya|wa|la|za|cha|of|for)(?= ))';
const SW_CORD = [
  ` (?:nili|nime|nilisha|nimesha|nisha|nika|nilipo)ji(?:funga|wekea|zungushia|tia) ${WHOSE}${STRICT}${BARE} ${ON_NECK}`,
  ` (?:nili|nime|nilisha|nimesha|nisha|nika|nilipo)ji(?:funga|wekea|zungushia|tia) ${WHOSE}${LOOSE}${BARE} ${ON_NECK}(?: \\p{L}+){0,4}? (?:${SW_HUNG}|${PULLED}|mpaka ${OUTCOME}|${OUTCOME})`,
  ` (?:kiti|ndoo|chair|stool)(?: \\p{L}+){0,3}? (?:na )?${STRICT}${BARE} (?:ukiwa |ikiwa |iko )?${ON_NECK}`,
  ` (?:nili|nime|nilisha|nimesha|nisha|nika)(?:funga|weka|tie|tia|put|wrap|zungusha|zungushia) (?:${STRICT})${BARE} ${ON_NECK}${NEXT}`,
  ` (?:nilikuwa na|nikiwa na|niko na|nina) (?:${STRICT})${BARE} ${ON_NECK}${NEXT}`,
  ` (?:nili|nime|nilisha|nika)(?:ji)?(?:funga|weka|wekea|tie|tia|put|wrap) (?:${STRICT}|${LOOSE})(?: \\p{L}+){0,2}? ${ON_NECK}(?: \\p{L}+){0,4}? (?:${PULLED}|mpaka ${OUTCOME}|${OUTCOME})`,
  ` (?:nili|nime|nika)(?:ji)?funga shingoni (?:kwa|na) ${WHOSE}(?:${STRICT})${BARE}`,
];
/** Found with a cord on: "mama alinikuta na kamba shingoni", "my mum found me with the scarf around my neck". */
const FOUND_WITH = [
  ` (?:alinikuta|alinipata|walinikuta|walinipata|akanikuta|akanipata) (?:na|nikiwa na) ${STRICT}${BARE} ${ON_NECK}`,
  ` (?:found|caught) me with ${WHOSE}${STRICT} (?:around|round|on) my ${NECK}`,
];
/** A bag over one's head or face, taken off in panic or by someone, or taped. */
const BAG = [
  ` i (?:\\p{L}+ )?(?:put|pulled|tied|had|placed|kept) ${WHOSE}(?:plastic |polythene )?(?:bag|polythene)(?<!paper bag) over my (?:head|face)(?: \\p{L}+){0,8}? (?:(?:my|a|the) \\p{L}+ (?:pulled|ripped|tore) it off|(?:pulled|ripped|tore) it off when i panicked|${OUTCOME})`,
  ` (?:nili|nime|nika)(?:weka|vaa|funga|put) (?:mfuko wa plastiki|plastic bag|polythene)(?: \\p{L}+){0,1}? (?:kichwani|usoni|kwa head|kwa uso|over my head)(?: \\p{L}+){0,6}? (?:akauondoa|akautoa|alinitoa|${OUTCOME})`,
];
/** Tried, with the count or time between ("i have tried twice this week to hang myself", "nilishajaribu kujinyonga"). */
const TRIED_EN = '(?:tried|tryed|tride|attempted|have tried|have been trying|was trying)';
const BETWEEN_EN =
  '(?: (?:twice|again|once|two times|three times|many times|several times|a few times|this week|last night|yesterday|today|this morning|last week|already|before))*';
const SELF_EN =
  '(?:hang|strangle|choke|suffocate|asphyxiate) my ?self(?! (?:to|for|so|as|in)(?! (?:death|die|end))(?= ))';
const TRIED_SW =
  '(?:nilijaribu|nimejaribu|nilishajaribu|nishajaribu|nimeshajaribu|nikajaribu|nilitry|nimetry|nishatry|nilishatry|nilikuwa nikijaribu)';
const BETWEEN_SW =
  '(?: (?:mara (?:mbili|tatu|nyingi|moja|kadhaa)|wiki (?:hii|iliyopita)|jana(?: usiku)?|juzi|leo|tena|last week|twice|again|usiku))*';
const SELF_SW = `(?:ku)?(?:jinyonga|jinonga|jitundika|jikaba(?! (?:na(?! (?:${STRICT}|${LOOSE}|mikono))|nisi\\p{L}*|niki\\p{L}*)(?= ))|jiziba pumzi|jizamisha|jiua|jitoa uhai|jimaliza)`;
const TRIED = [
  ` i${BETWEEN_EN} ${TRIED_EN}${BETWEEN_EN} to ${SELF_EN}`,
  ` i (?:tried to |attempted to )?smother my ?self with (?:a |my |the )pillow`,
  ` i (?:choked|strangled|suffocated) my ?self (?:with|using) ${WHOSE}(?:\\p{L}+ )?(?:${STRICT}|${LOOSE}|hands|bare hands|pillow|bag|plastic bag)`,
  ` ${TRIED_SW}${BETWEEN_SW} ${SELF_SW}(?= |$)`,
  ` (?:nili|nime|nilisha|nimesha|nika|nilipo|nilipokuwa nime|nikiwa nime)jitundika(?= $| (?:jana|juzi|leo|usiku|last night|kwa kamba|na kamba|kwenye (?:dari|boriti)|darini|chumbani)(?= |$))`,
  ` (?:nili|nime|nilisha|nika)jikaba (?:koo |shingo )?(?:kwa|na) (?:mikono|kamba|mkanda|mshipi|waya|mto|shuka|leso|kanga)(?= |$)`,
];
/** Thoughts of strangling or hanging oneself ("mawazo ya kujikaba", "nafikiria kujitundika", "thoughts of strangling"). */
const THOUGHT_OF = [
  ` (?:thinking (?:of|about)|think about|picturing|imagining|imagine) tying (?:a |the |my )?${STRICT} (?:to|on|from|over|around) (?:the |a |my )?(?:\\p{L}+ )?(?:${HANG_POINT}|neck)`,
  ` (?:thoughts? of|thinking (?:of|about)|think about|the courage to) (?:strangl|suffocat|hang)\\p{L}* my ?self`,
  ` (?:mawazo (?:ya|za)|thoughts za|nafikiria|nawaza|ninawaza|ninafikiria|nikiwaza|nikifikiria|natamani|nataka)(?: tu)? (?:ku)?(?:jikaba|jitundika|jiziba pumzi)(?! (?:na|nisi\\p{L}*|(?:kwenye|kwa|nyuma ya) (?:matatu|gari|basi|treni|lorry|lori))(?= ))(?= |$)`,
];

/** Around the cue: a birth, an animal, work, carrying, a ride, first aid, food, the cold, a game or a show. */
export const EVERYDAY = re(
  ' (?:downpour|born|birth|umbilical|delivered|delivery|nilipozaliwa|kuzaliwa|baby|mbuzi|ng.?ombe|ngombe|kondoo|mbwa|punda|ndama|goats?|cows?|dogs?|puppy|sheep|donkey|calf|fixing|to fix|repair\\p{L}*|wiring|install\\p{L}*|electrician|fundi|stima|ngazi|ladder|carry\\p{L}*|earphones?|headphones?|headset|costume|cape|photo|picture|selfie|badge|medal|id card|kitambulisho|cold|baridi|rain|mvua|hair|nywele|salon|braids|eat\\p{L}*|food|fish\\p{L}*|bone|mfupa|laugh\\p{L}*|mizigo|luggage|nguo|clothes|washing|kuanika|bucket of water|kisima|shamba|farm|panya|rats?|wadudu|pests?|ticks|kupe|mifugo|games?|play\\p{L}*|yoga|gym|exercise|mazoezi|matatu|gari|basi|bus|lori|pikipiki|boda|car|boot|tow|towing|towed|tumbili|monkey|swing|bembea|hammock|tent|camping|hiking|first aid|heimlich|demonstrat\\p{L}*|training|class|practi\\p{L}*|stretch\\p{L}*|trainer|coach|students|teaching|to teach|choir|church|kanisa|barber|kinyozi|wedding|harusi|decorat\\p{L}*|christmas|lights|curtains?|pazia|flag|bendera) ',
);
/** Right before it, what explains the act itself (not a day's errand told earlier in a run-on check-in: "after church
 * i tied a rope to the beam", "my baby cries all night … i tried to hang myself" stay read; red team 116). */
const EVERYDAY_BEFORE = re(
  ' (?:born|birth|umbilical|nilipozaliwa|kuzaliwa|mbuzi|ng.?ombe|ngombe|goats?|cows?|calf|electrician|fundi|costume|first aid|heimlich|demonstrat\\p{L}*|barber|kinyozi|salon|yoga|stretch\\p{L}*) ',
);
export const LIGATURE_GUARDS = {
  unlessNear: new RegExp(`${JOKE_AFTER.source}|${EVERYDAY.source}`, 'u'),
  unlessBefore: new RegExp(`${NOT_OWN_PLAN.source}|${EVERYDAY_BEFORE.source}`, 'u'),
  unlessWritten: WRITTEN_AS_FORM,
} as const;

export const LIGATURE_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${[...EN_CORD, ...SW_CORD, ...FOUND_WITH, ...BAG, ...TRIED].join('|')})`),
    selfReferring: true,
    ...LIGATURE_GUARDS,
  },
  { tier: 'active', code: 'method', re: re(`(?:${THOUGHT_OF.join('|')})`), ...LIGATURE_GUARDS },
];
