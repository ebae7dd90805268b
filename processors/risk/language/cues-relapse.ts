import type { Cue } from './patterns.js';
import { re, TURN_WORDS, WRITTEN_AS_FORM } from './words.js';

// Cutting said without "myself" (RULES.md, "Cutting said bare"): "i used to cut and today i cut again", "i relapsed
// and cut". A bare "i cut again" is everyday in Kenya (a call ended, hair, a gym cut, a class skipped, Sheng for
// leaving; reviews 54, 57, 62): it counts only where the check-in names self-harm itself, and never beside an everyday cut.

/** A time now or lately, said before or after the cut. */
const LATELY = '(?:today|tonight|last night|yesterday|this (?:morning|evening|afternoon|week|weekend)|again|tena)';
const TIME_FIRST = '(?:today|tonight|last night|yesterday|this (?:morning|evening|afternoon|week|weekend))';
const I_CUT = '(?:i|i have|ive|i just|i have just)';
/** Within three words after the cut: what was cut or left (a call, hair, a class, a person, a place, data), or how. */
const NOT_CUT_OBJECT =
  '(?! (?:\\p{L}+ ){0,3}?(?:girlfriend|boyfriend|gf|bf|partner|babe|bae|msupa|manzi|dem|calls?|simu|phone|line|sim|hair|nywele|dreads|dreadlocks|locs|club|bar|dried|mangoes|beard|nails|kucha|grass|nyasi|napier|firewood|kuni|sukuma|class|classes|lessons|lectures|school|ties|contact|him|her|them|my ex|friends|group|account|tokens|off|out|from|early|mapema|home|job|kazi|weight|budget|costs|fuel|fees|data|bundles|video|clip|meat|onions|vegetables|cake|bread|cloth|fabric|wood|trees|miti|finger|thumb|kidole|by mistake|accidentally|panga|cat|dog|hedge|fence|compound|through|across|went|left|slept|rushed|ran|alighted|walked|pombe|alcohol|beer|bhang|weed|sugar|smoking|betting|fegi|sigara|miraa|mogoka|changaa|keg|carbs|sold|cooked|styled|pasted|carried|washed|packed|threw|planted|fed|made|price|lawn|na (?:\\p{L}+ )?(?:manzi|beste|dem|msee|boyfriend|girlfriend|bf|gf|mpenzi|wangu|yangu))(?= |$))';
/** Elsewhere in the check-in, the speaker's own and not denied: self-harm in its own words or its history; not relapse,
 * clean, blood or shame, said as often of alcohol, malaria or a blood donation (review 57), nor "been cutting" (62). */
const SELF_HARM_NAMED = re(
  ' (?<! (?:he|she|they|friend|sister|brother|cousin|son|daughter|classmate|roommate|client|patient|mum|mom|dad|wife|husband|bestie|beste|bro|student|mwanafunzi|mama|baba|rafiki|dada|kaka|mtoto)(?: \\p{L}+){0,3} )(?<! (?:no|not|never|dont|wont|wouldnt|havent|have not|didnt|sijawahi|sitaki|siwezi|sitawahi|sina(?: \\p{L}+)? (?:ya|za|la))(?: \\p{L}+)? )(?:used to cut(?! (?:(?:my |my own |peoples |people s |their |his |her )?(?:hair|nails|beard|ex)|nywele|grass|nyasi|napier|firewood|kuni|sukuma|cassava|meat|nyama|wood|trees|miti|paper|cloth|fabric|class|classes|lessons|lectures|school|data|bundles|cane|sugarcane|tickets|films?|videos?|deals|costs|corners|hedges?|fences?|for|at|in a|in the|people|customers|clients|it|off|ties|contact)\\b)|(?:stopped|quit) cutting(?= $| (?:my ?self|for|and|but|in|since|last|years?|months?|weeks?)\\b)|self ?harm(?! (?:free|awareness|module|training|workshop|talk|session|webinar|course|class))|self ?harmed|self ?harming|cut(?:ting)? my ?self|(?:nilikuwa na|na|nime|nili|hu|ku)jidhuru|kujikata|najikata|hujikata|nilikuwa najikata|nimejikata|nilijikata|urge to cut(?= $| (?:again|my ?self|and|but|today|tonight|is|was)\\b)|my scars(?! (?:\\p{L}+ ){0,3}?(?:from|of) (?:the |my |a )?(?:operation|surgery|accident|boda|c ?section|burns?))|fresh (?:cuts|scars)|new scars|clean from (?:cutting|self ?harm)) ',
);
/** Stress idioms after "kill myself" / "kujimaliza": "… over a guy", "… for a man", "… with this job", "sitaki
 * kujimaliza na hii kazi", "siezi jiua juu ya dem" (session 55's code reviews): no denial of suicide. */
const OVER_EN =
  '(?! (?:over|working|studying|juu ya|with (?:worry|stress|overtime|work)|(?:for|with|at) (?:a |this |my |the |any )?(?:man|men|boy|girl|guy|guys|job|work|school|degree|money|fees|exams?|course|boss))(?= ))';
const OVER_SW =
  '(?! (?:(?:na|kwa) (?:hii |hizi |haya |hiyo )?(?:kazi|masomo|mawazo|stress|shule)|(?:juu|kwa (?:sababu|ajili)) ya (?:mwanaume|mwanamke|pesa|dem|msupa|manzi|jamaa|kazi|mtu|boyfriend|girlfriend|bf|gf|ex|masomo)|juu ya)(?= ))';
/** Not how one would die ("i dont want to die poor", "sitaki kufa maskini"; a code review, session 56). */
const NOT_HOW = '(?! (?:poor|young|broke|alone|single|a virgin|maskini|mdogo|bila|peke yangu)(?= |$))';
/** A denial of suicide: "im not suicidal", "i would never kill myself", "sitaki kufa", "sina mawazo ya kujiua"; `how`
 * follows "die" / "kufa" (for the denial after the act, not how one would die: "dont want to die poor"). */
const suicideDenied = (how = '') =>
  `(?:(?:^ *| (?:i|im|i am|am|mimi)(?: really| honestly| just)? )(?:not (?:really )?suicidal|(?:dont|do not) want to (?:die${how}|kill my ?self|end my life)|(?:dont|do not) have suicidal thoughts|(?:would never|will never|wont|will not|am not going to|not going to|not planning to) (?:kill my ?self|end my life)${OVER_EN}|not thinking (?:of|about) (?:killing my ?self|ending my life|suicide))| sitaki (?:kufa${how}|kujiua|kujimaliza${OVER_SW})| si(?:wezi|ezi) (?:ku)?jiua${OVER_SW}| sina mawazo ya (?:kujiua|kujimaliza|kujitoa uhai))`;
/** … or a denial of suicide and a turn ("im not suicidal but", "sitaki kufa lakini"), which makes the topic one's own
 * body (red team 233, session 54; "i would never kill myself", "sina mawazo ya kujiua" and others since session 55). */
const SUICIDE_DENIED_THEN_TURN = re(`${suicideDenied()}(?: +\\p{L}+){0,4}? +(?:${TURN_WORDS}|and|its just|i just) `);
export const SELF_HARM_SAID = new RegExp(`${SELF_HARM_NAMED.source}|${SUICIDE_DENIED_THEN_TURN.source}`, 'u');
/** … or, for blows, burns and scratches only (cues-harm-said-after.ts), the act told first and then set apart from
 * suicide after a turn ("… till it bleeds but (im) not suicidal", "… lakini sina mpango wa kujiua"; session 56); not
 * for a bare "i cut again", which is Sheng for a break-up as often (a code review). */
const TURN_THEN_SUICIDE_DENIED = re(
  ` (?:${TURN_WORDS}|yet|hata hivyo|japo|japokuwa)(?: (?:no|honestly|really|just|ukweli|kusema ukweli|to be honest|tbh|dont worry|usijali|msijali))*(?:${suicideDenied(NOT_HOW)}| (?:not|never|no) (?:really )?suicidal| (?:i )?(?:have no|dont have any|no) (?:suicidal thoughts?(?: (?:of|about) (?:suicide|killing my ?self))?|thoughts? (?:of|about) (?:suicide|killing my ?self))| (?:siko|si|sio) suicidal| sitaki (?:kujitoa uhai|kudie|kudedi)| sitajiua| si(?:fikirii|wazi) (?:ku)?jiua| si(?:o)? (?:kwamba|eti) (?:na|ni)?taka kufa| it'?s not (?:like|that) i want to die| its not suicid\\p{L}*| (?:i )?have no plans? to (?:end my life|kill my ?self|die)| (?:i )?(?:dont|do not) (?:want|wanna) to end it(?: all)?| (?:im|i am) not trying to (?:die|kill my ?self)| (?:sina|hakuna)(?: (?:hayo|hizo|hiyo))? (?:(?:mawazo|wazo|mpango|nia|plan) (?:ya|la|wa) (?:kujiua|kujimaliza|kujitoa uhai)|suicidal thoughts?|(?:hayo|hizo) mawazo))(?= |$)| and (?:honestly |no )?(?:im|i am) not (?:really )?suicidal(?= |$)`,
);
export const SELF_HARM_OR_TURN_THEN_DENIED = new RegExp(
  `${SELF_HARM_SAID.source}|${TURN_THEN_SUICIDE_DENIED.source}`,
  'u',
);
/** A few words before the cut: a call, a barber, food, a farm, a gym, a party, a substance or an illness relapsed. */
const EVERYDAY_BEFORE = re(
  ' (?:(?:texting|calling|shouting|nagging|on the line|on the phone|on phone)(?: \\p{L}+)*|(?:called(?! me (?:a|an|names|useless|stupid|ugly|fat|worthless|lazy|dumb|mad|crazy)\\b)|calling|call|phone|whatsapp|texting|rang|ringing|beeped|beeping|flashed|alinipigia|alipiga|scammer|meeting|wedding|match|sermon|fundi|hair|nywele|dreads|dreadlocks|locs|club|bar|dried|mangoes|barber|barbershop|kinyozi|salon|saloon|finger|thumb|onions|chopping|cooking|panga|shamba|napier|grass|cows|bulking|gym|diet|party|club|bar|sherehe|lessons|lecture|tiktok|video|editing|fuel|budget|poker|cards|malaria|tb|alcohol|beer|pombe|weed|bhang|drinking|smoking|betting|gambling|sober|people think))(?: \\p{L}+){0,3} $',
);
/** In the cut's sentence: hair, a finger at the kitchen, a panga in the shamba (review 39), which a comma may part; a
 * party or a club, which Sheng "cut" leaves (review 70). */
const EVERYDAY_SENTENCE = re(
  ' (?:finger|thumb|kidole|onions|chopping|panga|shamba|hair|nywele|rasta|ndevu|barber|kinyozi|salon|saloon|party|sherehe|club) ',
);
const blockers = {
  unlessBefore: EVERYDAY_BEFORE,
  unlessSentence: EVERYDAY_SENTENCE,
  unlessWritten: WRITTEN_AS_FORM,
};

export const RELAPSE_CUES: readonly Cue[] = [
  // "i relapsed and cut (last night)", "relapsed yesterday and i cut": the relapse names it.
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(
      `(?:^| i| ive)(?: have)? (?:relapsed|slipped up)(?: ${LATELY})? and (?:i )?cut(?= $| ${LATELY}| i | and )${NOT_CUT_OBJECT}`,
    ),
    // A relapse into drinking, a drug or betting, after which Sheng "cut" is leaving (review 69).
    unlessWhole: re(
      ' (?:(?:from|off|with) (?:alcohol|pombe|drinking|beer|weed|bhang|smoking|cigarettes|betting|gambling)|sober|sobriety|rehab) ',
    ),
    ...blockers,
  },
  // Bare: "i cut again", "last night i cut", "ive cut again", "the urge won and i cut"; not Sheng "nimecut", which says
  // "i left" as often (review 66).
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(
      [
        ` ${I_CUT} cut (?:again|tena)(?: ${LATELY}){0,2}(?= |$)`,
        ` ${TIME_FIRST} ${I_CUT} cut(?= $| (?:again|and|i)\\b)`,
        ` i cut ${TIME_FIRST}(?= $| (?:and|i)\\b)`,
        ` and i cut(?= $)`,
      ]
        .map((cue) => `${cue}${NOT_CUT_OBJECT}`)
        .join('|'),
    ),
    onlyWhole: SELF_HARM_SAID,
    ...blockers,
  },
  // "the cutting is back", "the cutting started again" where self-harm is named or suicide denied before a turn; never
  // in a check-in about power or water, nor right before jobs, trees or FGM, which "the cutting" names as often.
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(
      '(?<!(?:work|kazini|company|office|jobs?|kazi|budget|salary)(?: \\p{L}+){0,2}) the cutting (?:is back|is back again|came back|has come back|started again|has started again|(?:has gotten|has got|got|is getting|has become) (?:really |so |much )?(?:bad|worse|out of control))(?= |$)(?! (?:\\p{L}+ ){0,3}?(?:of )?(?:water|maji|retrench\\p{L}*|layoffs?|laid off|salar\\p{L}*|budget|staff|jobs|forest|trees|miti|logging|fgm|tohara|ukeketaji|village|kijiji\\p{L}*)(?= |$))',
    ),
    onlyWhole: SELF_HARM_SAID,
    unlessWhole: re(' (?:kplc|kenya power|power|stima|umeme|mgao|electricity|blackouts?|rationing|tokens?|outages?) '),
    ...blockers,
  },
  // "i used to cut", told as a history (repeated.ts keeps it current when a later sentence says it happened again:
  // "i used to cut. last night i did it again", session 37); alone it raises nothing.
  {
    tier: 'behaviour',
    code: 'self_harm',
    // Not after another's "again" in its clause, which would keep it current ("my friend said she cut again … i used
    // to cut too but im ok", review 62).
    re: re(
      `(?<! (?:again|tena) .*)(?:(?: i|^) used to cut(?= $| (?:and|but|so|a lot|alot|every|when|in|as|too|back|before|to|for|till|until|then)\\b)${NOT_CUT_OBJECT}` +
        // Sheng: "nilikuwa nacut", "nilikuwa na-cut zamani".
        `| nilikuwa (?:(?:na|ni|nika|niki) ?)?cut(?= $| (?:zamani|kitambo|kila|nikiwa|form|high|na|lakini|but|and|sana)\\b))`,
    ),
    // The act said again, not any "again" ("… now i am okay, i went to church again today").
    onlyWhole: re(
      ' (?:(?:did|done|doing|started|cut|cutting) (?:it |that )?again|(?:it )?happened again|back to (?:it|cutting)|relapsed|(?:nime|nili|nika)(?:rudia|relapse|give in)|nime relapse|gave in|broke (?:my )?(?:\\p{N}+ (?:day|days|week|weeks|month|months) )?streak|streak yangu imeisha|slipped(?: up)?|clean until|(?:nime|nili|nika)(?:fanya|jikata|anza|do|du) tena) ',
    ),
    ...blockers,
  },
];
