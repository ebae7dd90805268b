import type { Cue } from './patterns.js';
import { OWN_WORDS } from './planned-words.js';
import { re, wholeCheckIn } from './words.js';

// An attempt stopped by someone or by the means failing (session 33; red team 129 and earlier reviews found them
// low): "i put the rat poison in my tea but my son came in so i poured it", "i tied the rope on the roof beam last
// week but the rope broke", "kamba ilikuwa tayari jumamosi lakini mke akarudi mapema", "nilijifunga shuka kwenye
// dirisha usiku wa jana lakini ilikatika". Red team 131 put the everyday reason first ("the goats keep escaping so i
// tied the rope …"): the act and its interruption must be the whole check-in, a greeting or a time before them. A
// cloth tied to a door or a window is a curtain unless it went round the neck. Raise only.

/** A rope or noose to a hang point; any cord with the neck told after it. */
const ROPE = '(?:rope|noose)';
const CORD = '(?:rope|noose|belt|bedsheet|sheet|leso|kanga|scarf|cable|cord|dog leash|leash|wire|charger cable)';
const HANG_POINT =
  ' (?:on|to|over|from|onto) (?:the |a |my |our )?(?:\\p{L}+ )?(?:beam|tree|ceiling|ceiling fan|fan|rafter|rafters|branch|hook|grill|pipe|door|door frame|doorframe)';
const TIME =
  '(?: (?:last night|yesterday|this morning|early this morning|this evening|last week|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?';
const NECK =
  ' and (?:put|slipped|pulled) (?:it|my head) (?:around my neck|through(?: it)?|in(?: it)?)| (?:around|round) my neck(?: and pulled)?';
const CHAIR = '(?: and (?:stood|climbed) on (?:the|a) (?:chair|stool|bucket)| and i was standing there)?';
const SW_TIME = '(?: (?:jana usiku|jana|usiku wa jana|usiku|alfajiri|asubuhi|jumamosi|jumapili|ijumaa))?';
const SW_PLACE =
  '(?: (?:kwa|kwenye|juu ya) (?:mti|dirisha|mlango|paa|dari|boriti|tawi|stoo|choo|roof)(?: wa \\p{L}+| la \\p{L}+)?)?';
const DRINK = '(?:tea|drink|juice|water|cup|porridge|uji|chai|soda)';

/** The speaker's own act: a cord tied, a poison put in one's drink, a means in hand or ready, the edge of a height. */
const ACT = [
  ` i (?:tied|fastened|looped|hung|knotted|put up) (?:the |a |my )?${ROPE}${HANG_POINT}${TIME}(?:${NECK})?${CHAIR}`,
  ` i (?:tied|fastened|looped|hung|knotted|put) (?:the |a |my )?${CORD}(?:${HANG_POINT})?${TIME}(?:${NECK})${CHAIR}`,
  ` i (?:tied|put up) (?:the |a )?${ROPE}${TIME} and (?:stood|climbed) on (?:the|a) (?:chair|stool|bucket)`,
  ` i (?:put|poured|mixed) (?:the |some )?(?:rat poison|poison|pesticide|jik|bleach|doom) (?:in|into) my ${DRINK}${TIME}`,
  ` i had (?:the |a )?(?:rope|noose|poison|rat poison|pills) ready${TIME}`,
  ` i had the (?:pills|tablets|poison|rat poison|blade|razor|razor blade|knife) (?:in my hand|on my (?:wrist|arm)|at my (?:lips|mouth))${TIME}(?: (?:again|pressed))?(?: ready(?: to (?:take|drink|swallow|use) (?:them|it)| to cut(?: deep)?)?| to cut)?`,
  ` i had the (?:jik|poison|bleach|pesticide|rat poison) (?:bottle |cup )?(?:at|to) my (?:mouth|lips)${TIME}`,
  ` (?:nilikuwa na|nilishika|nilikuwa nimeshika) (?:wembe|blade|kisu) (?:kwenye|kwa) (?:mshipa wa )?mkono(?: wangu)?${SW_TIME}`,
  // "Attempted" alone is also an exam or a call: only stopped by someone (blind review 132).
  ` i attempted(?: again)?${TIME}`,
  ` (?:nilijifunga|nikajifunga) (?:kamba|kamaba|shuka|leso|mshipi|mkanda|kitanzi)(?: shingoni)?${SW_PLACE}${SW_TIME}`,
  ` (?:nilifunga|nikafunga) (?:kitanzi|kamba shingoni|mkanda shingoni)${SW_PLACE}${SW_TIME}(?: nikapanda (?:kwa|kwenye|juu ya) (?:kiti|ndoo|stuli))?`,
  ` (?:nilifunga|nikafunga) kamba nikapanda (?:kwa|kwenye|juu ya) (?:kiti|ndoo|stuli)`,
  ` (?:nimeweka|niliweka|nilitia|nimetia|nikaweka|nilimix|nilikuwa nimeweka) (?:sumu|jik|dawa ya panya|sumu ya panya) (?:kwa|kwenye|ndani ya) (?:chai|maji|juice|uji|kikombe|soda)(?: yangu)?${SW_TIME}`,
  ` (?:kamba|kitanzi|sumu) ilikuwa tayari${SW_TIME}`,
  ` i (?:stood|was standing|was) (?:on|at) (?:the edge of )?the (?:river bank|river|bridge|roof|dam|building|cliff)${TIME} ready to (?:jump|go in)(?: in| off)?`,
  ` i (?:had )?(?:already )?(?:put|poured|mixed) the (?:poison|rat poison|pesticide|jik) in (?:a|my) (?:cup|glass)${TIME}`,
  ` nilikuwa (?:tayari|nimesimama juu ya (?:jengo|daraja|ghorofa)) (?:kujirusha|kuruka)(?: (?:kutoka|toka) (?:floor|ghorofa|jengo|daraja)(?: ya \\p{L}+)?)?`,
  ` i tried to jump (?:in|into|off) the (?:dam|river|lake|bridge)`,
  ` nilienda (?:kwa )?(?:daraja|darajani|mtoni|relini)${SW_TIME} (?:kujirusha|kujitosa)`,
];
const PERSON =
  '(?:son|daughter|child|kid|baby|mum|mom|mother|dad|father|wife|husband|sister|brother|neighbou?r|roommate|friend|cousin|boy|girl|chairman|landlord|uncle|aunt|grandmother|grandma|house help|guy|man|woman|fisherman|fishermen|security guard|security|guard|askari|stranger|cleaners?)';
const PERSON_SW =
  '(?:mtoto|mke|mume|mama|baba|kaka|dada|binamu|jirani|mvulana|msichana|rafiki|mtu|bibi|babu|security|askari)';
/** Who or what stopped it, then at most what the speaker did with the means. */
const STOPPED = [
  `(?:(?:my|the|a|our) (?:\\p{L}+ )?${PERSON}|someone|somebody) (?:came in|walked in|came home(?: early)?|came back(?: early)?|knocked(?: on the door)?|woke up|saw me(?: and shouted)?|found me(?: and pulled me (?:out|back|away))?|stopped me|stopped and (?:asked if i was okay|talked to me)|called out to me|talked to me|called(?: my name| me)?|cried|started crying|shouted|pulled me (?:out|back|down|away)|cut me down|opened the door)`,
  'my phone rang',
  '(?:the (?:rope|sheet|belt|leso|cable|branch|beam|scarf)|it) (?:broke|snapped|tore|gave way|slipped off)',
  `(?:${PERSON_SW}(?: (?:yangu|wangu))?|kid|msee wangu) (?:akaingia|akarudi(?: mapema)?|akaniona|akanikuta|akanizuia|alinizuia|alinikuta|aliniona|akabisha(?: mlango| door)?|akaita|akaniita(?: \\p{L}+)?|akavunja mlango|akagonga(?: mlango)?|akalia|akanivuta)`,
  'mlango ukagongwa',
  '(?:kamba |shuka )?(?:ilikatika|ikakatika)|simu ikalia',
  // Stopped by the speaker at the last moment.
  'i thought of my (?:mother|mum|mom|kids|children|daughter|son|family)(?: and (?:poured it (?:out|away)|stopped|put it down))?',
  'nikaimwaga(?: dakika ya mwisho)?',
  'i (?:couldnt|could not|didnt|did not) (?:do it|go through with it)(?: i came down)?|i got scared(?: and (?:came down|stopped))?|nikaogopa(?: nikashuka)?|nikashindwa(?: nikashuka)?',
];
const AFTER =
  '(?: (?:so|and) i (?:stopped|poured it(?: away| out)?|put it (?:back|away)|untied it|threw it away)| so i went home| (?:nikaimwaga|nikaacha|nikaifungua|nikaitupa))?';
const CONNECT = '(?:but|when|then|and then|and|lakini|ila|halafu)';
const ACTS = `(?:${ACT.join('|')})`;

export const INTERRUPTED_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt_stopped',
    // The act ends its clause, or "when"/"then" goes on in it.
    re: re(`${ACTS}(?= *$| (?:when|then|and then|and|halafu|nika\\p{L}+) )`),
    onlyWhole: wholeCheckIn(`${ACTS}(?: ${CONNECT})? (?:${STOPPED.join('|')})${AFTER}`),
    ...OWN_WORDS,
  },
];
