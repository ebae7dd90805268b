import type { Cue } from './patterns.js';
import { JOKE_AFTER, NOT_OWN_PLAN } from './planned-words.js';
import { WRITTEN_AS_FORM, re } from './words.js';

// Plain wishes and thoughts the rules missed (review 110, blind): not seeing the morning prayed for, envy of those who
// die in their sleep, an illness or a car hoped to take one, God asked to take one's soul; thinking one should end it
// oneself, ways to die thought of. Raise only (LATER_CUES).

/** Not a thing of the morning ("… the morning traffic", "… tomorrow's results"). */
const MORNING =
  '(?:the )?(?:morning|tomorrow|another day|the next day|sunrise|kesho|asubuhi|siku nyingine)(?! (?:traffic|rush|shift|meeting|class|exam|exams|results|news|bus|matatu|jam|s|briefing|lecture|paper)(?= |$))';
/** After a wish not to have been born that other words could end ("never had me", "ended the pregnancy", "najuta
 * kuzaliwa"): the clause's end, fillers, the reason or consequence ("… because i ruin everything", "…
 * nisingeteseka") or a self-reproach ("… i am just a burden"); not "… so young", "… babysit my cousins", "… when the
 * doctor advised", "… mkenya". */
const BORN_END =
  '(?=(?: (?:at all|in the first place|to begin with|at this point|seriously|honestly|tbh|fr|for real|you know|like|i mean(?: that| it)?|kabisa|tu|sana|kila siku|bana|maze|manze)){0,3}(?: $| (?:because i|cause i|coz i|kwa sababu (?:mimi|ni)|nisinge\\p{L}+|nisingali\\p{L}+|(?:i am|im|i m) (?:just |only )?(?:a |an )?(?:burden|mistake|accident|useless|nothing|worthless|failure|disappointment)|i (?:ruin|ruined|spoil|destroy|mess up)|my life|nobody|no one)(?= |$)))';
/** Not another's view of it before ("everyone thinks my mom …", "people say …"), nor one's own that is over. */
const NOT_THEIRS =
  '(?<!(?:thinks|believes|feels|says|jokes|joked|joking|according to \\p{L}+(?: \\p{L}+)?|(?<!\\bi )(?:think|thought|believe|believed|feel|felt|say|said)|used to (?:feel|think))(?: that| like)?(?: my)?)';
/** Said right after it to be another's words ("my mom should have aborted me, that is what my dad keeps saying"); the
 * sentence's clauses are joined by runs of spaces. */
const THEIR_WORDS = re(
  ' (?:aborted me|had me|birth to me|an abortion|angeniabort|asingenizaa)(?: +that)? +(?:is|was|thats|that s) what (?!i )(?:\\p{L}+ ){1,3}?(?:says|said|keeps saying|kept saying|tells me|told me|used to say|always says|say)(?= )',
);
const PASSIVE = [
  // "i pray every night that i do not see the morning", "i hope i dont see tomorrow", "naomba nisione kesho".
  ` i (?:pray|hope|wish)(?: \\p{L}+){0,3}? (?:that )?i (?:do not|dont|never|will not|wont) (?:see|wake up to|make it to) ${MORNING}(?= |$)`,
  ` (?:naomba|ninaomba|natamani|nasali) (?:mungu )?(?:nisione|nisiamke|nisifike) ${MORNING}(?= |$)`,
  // "i envy the people who die in their sleep … i wish it was me".
  ` i envy (?:the )?(?:people|those|everyone|anyone) who (?:die|died|dies|pass away|passed away)(?: (?:in their sleep|peacefully|quietly|young|early))?(?= $| (?:i wish|they are lucky|theyre lucky|natamani)(?= ))`,
  // "i hope the sickness takes me quickly", "natamani ugonjwa unichukue".
  ` i (?:hope|wish|pray)(?: that)? (?:the |this |my )?(?:sickness|illness|disease|cancer|hiv|virus|ugonjwa) (?:just )?(?:takes|will take|would take|kills|finishes) me(?= |$)`,
  ` (?:natamani|naomba|ningependa) (?:huu |hii )?(?:ugonjwa|ukimwi|kansa) (?:u|i)?(?:nichukue|niue|nimalize)(?= |$)`,
  // "hata gari likinigonga leo sitajali", "if a car hits me … i wont mind" (told of oneself, now).
  ` (?:hata )?(?:gari|matatu|lori|basi|bus|boda|nduthi|treni) (?:li|i|ki)?(?:kinigonga|ikinigonga|likinigonga|kinigonga|ikinikanyaga|likinikanyaga)(?: \\p{L}+){0,3}? (?:sitajali|sijali|poa tu|ni sawa tu|haina shida)(?= $| (?!ku\\p{L}+|kwenda|hospitali|bima|insurance|nhif)\\p{L}+)`,
  // "najuta kuzaliwa" (I regret being born) said alone: not "… mkenya", "… mwanamke", "… kwa familia hii".
  ` (?:ni)?(?:naju(?:ta|tia)|nimeju(?:ta|tia))(?: hata)? kuzaliwa(?: kwangu)?${BORN_END}`,
  // "it would be easier if i just didnt wake up", "ingekuwa rahisi kama nisingeamka" (session 56, red team 257).
  ` (?:it|everything|life|things)(?: would| will)? be (?:so |much |a lot |way )?(?:easier|better|simpler|lighter) (?:for (?:everyone|everybody|my family|them|all of us) )?(?:if|when) i (?:just |simply )?(?:didnt wake up|did not wake up|never woke up|dont wake up|wasnt here|was not here|werent here|was gone|were gone|wasnt around|wasnt alive|was dead|were dead|died|was no more)(?= *$| (?:i|and|but|so(?! early| late| much)|anymore|lol|honestly|because|tbh|at all|forever|for good|kabisa|tu|lakini)(?= |$))`,
  ` (?:ingekuwa|itakuwa|ingekua|maisha yangekuwa) (?:rahisi|bora|poa|afadhali)(?: zaidi)?(?: kwa (?:kila mtu|wote|familia yangu|wao))? (?:kama|ikiwa|iwapo) (?:ni)?(?:singeamka|singekuwa hai|ngekufa|singeishi)(?= *$| (?:kabisa|tu|milele|duniani|lakini|na|ila|mimi)(?= |$))`,
  // "mungu achukue tu roho yangu", "mungu chukua roho yangu".
  ` (?:mungu|god|lord) (?:a|ni)?chukue?(?: tu)? (?:roho yangu|maisha yangu|my soul|my life)(?= |$)`,
];
/** Wishing one's mother had not borne one, as the speaker's own ("i wish my mom had aborted me", "ni kama mathe
 * angeniabort"). */
const MOTHER = [
  `(?:^ | i )(?:(?:always|sometimes|often|really|honestly|just|kinda|lowkey|truly) )?wish (?:that )?(?:my )?(?:mom|mum|mother|mama|mommy|mummy|parents) (?:(?:had|would have|wouldve|would of) )?(?:just )?(?:aborted me(?= |$)|(?:(?:not|never) (?:had|given birth to) me|never gave birth to me|(?:hadnt|didnt|did not|had not) (?:had|have|given birth to|give birth to) me|(?:ended|terminated) (?:the|her) pregnancy (?:with me|when she (?:had|could have|still could) the chance)|(?:had|got|gotten|gone for|went for) an abortion(?: with me| when she was pregnant with me)?)${BORN_END})`,
  // Anywhere in a run-on transcript ("i hate my life my mom should have aborted me"), unless another's view.
  `${NOT_THEIRS} (?:my )?(?:mom|mum|mother|mama|parents) (?:should have|should of|shouldve|shoulda) (?:just )?aborted me(?= |$)`,
  // "my parents should never have had me".
  `${NOT_THEIRS} (?:my )?(?:mom|mum|mother|mama|parents|dad|father) (?:should (?:never have|have never|not have)|shouldnt have|shouldve never|should of never|should never of) (?:had|given birth to|birthed) me${BORN_END}`,
  ` (?:bora|heri|afadhali|laiti|natamani|ningetamani|nawish|wish|ni kama) (?:tu )?(?:mama|mamangu|mathe|mum|mom)(?: yangu| wangu)? (?:(?:angetoa|angalitoa|angeavya|angaliavya) mimba yangu(?: tu)? (?:nisinge\\p{L}+|nisingali\\p{L}+)|angeniavya|angeniabort)(?= |$)`,
  ` (?:bora|heri|afadhali|laiti|natamani|ningetamani|nawish) (?:tu )?(?:mama|mamangu|mathe|mum)(?: yangu| wangu)? (?:asingenizaa|asingalinizaa|asingelinizaa|hangenizaa)${BORN_END}`,
];
const ACTIVE = [
  // "i keep thinking i should just end it myself", "… i should end my life".
  ` i (?:keep|kept|am|have been) (?:thinking|telling myself)(?: that)? i (?:should|must|need to|will) (?:just )?(?:end it (?:myself|all)|end my life|end everything|kill myself|take my (?:own )?life)(?= |$)`,
  // "thinking of ways to die", "… ways to end it".
  ` (?:thinking|think|thought|reading|searching) (?:of|about|up)? ?(?:ways|how) to (?:die|end it|end my life|disappear for good)(?= |$)`,
];
/** "i regret surviving (that day)", "najuta kuokolewa" ("kuokoka" is also being born again, not here). */
const REGRET_SURVIVING = [
  ` i (?:(?:really|still|sometimes|honestly|kinda) )?regret (?:surviving|that i survived)(?: (?:that day|that night|that attempt|it))?(?= $| (?:every|sometimes|now|and|honestly|kabisa)\\b)`,
  ` (?:ni)?(?:naju(?:ta|tia)|nimeju(?:ta|tia)) (?:kwa nini )?(?:kuokolewa|niliokolewa|kunusurika|ninusurika|nilinusurika)(?= $| (?:kila|kabisa|tu|sana)\\b)`,
];
/** Where a wish about living may end: "in this world" or "duniani" at most, then the clause's end or a new clause. */
const IN_THIS_WORLD = '(?: (?:in this (?:world|life|body|pain)|on this earth|(?:hapa )?duniani|kwa hii dunia))?';
/** … and after "never wanted to live": "in the first place", "hii life", "since i was a kid", "hata siku moja". */
const NEVER_IN =
  '(?: (?:in the first place|to begin with|at all|in my life|(?:my|all my) whole life|all my life|hii (?:life|dunia|maisha)|maisha (?:hii|yangu yote)|h?ata (?:siku moja|kidogo)|kamwe|not even|not once|even now|till today|to this day|(?:hadi|mpaka) (?:leo|sasa)|(?:ever )?since (?:i was )?(?:a )?(?:kid|child|childhood|young|small|birth|i was born)|(?:since|after|tangu|baada ya) (?:\\p{L}+ ){0,4}?(?:died|passed|passed away|left|happened|accident|afariki|alikufa|aliniacha)|even as a (?:kid|child)|tangu (?:nikiwa (?:mtoto|mdogo)|utotoni|nizaliwe|zamani)))?';
const LIFE_END =
  '(?= *$| (?:i|and|but|so|im|its|honestly|because|coz|lakini|na|tbh|please|god|lord|like|kila|whats|what|anymore|nothing|mungu)(?= |$))';
/** The end after "never wanted to live": the clause's or a new clause's (a subject, a filler, a contrast); never a
 * place, a companion, a way or a degree ("… so far from my mum", "… na bwana yangu", "… what my parents lived"). */
const NEVER_END =
  '(?= *$| (?:i|but(?! (?:\\p{L}+ ){0,6}?(?:move|moved|moving|shift|shifted|rent|house|town|estate|plot|hamia|nihamie|tuhamie|hama|nyumba|kwake|kwao)(?= |$))|lakini(?! (?:\\p{L}+ ){0,6}?(?:hamia|nihamie|tuhamie|hama|nyumba|kwake|kwao|mjini|town)(?= |$))|not (?:even|once)|ni(?= (?:stress|shida|ngumu|mzigo|uchungu|giza|pain|tabu|taabu|mateso)(?= |$))|so(?= (?:i|please|just|tired|now|why|whatever|yeah)(?= |$))|im|its|honestly(?! (?:in|at|here|there|hapa|huko|kwa)(?= ))|because|coz|tbh(?! (?:in|at|here|there|hapa|huko|kwa)(?= ))|please|god|lord|kila|anymore|nothing|mungu|bro|fam|manze|maze|bana|fr|ngl|for real|kusema ukweli|we|nobody|no one|everyone|everybody|the truth|niko|sina|nime\\p{L}+|nina\\p{L}+|nita\\p{L}+|nataka|najua|nahisi|sitaki|siwezi|sijui|(?:and|na)(?= (?:i|im|ive|now|still|yet|its|it|nothing|everything|sasa|bado|hata sasa|sitaki|nataka|ni(?:ta|na|me)\\p{L}+)(?= |$)))(?= |$))';
/** A move, a landlord or rent in the same sentence makes "never wanted to live" a place's ("… but my husband insisted
 * we move to thika"). */
const MOVING = re(
  ' (?:move|moved|moving|relocate|relocated|shift|shifted|hamia|nihamie|tuhamie|tukahamia|nikahamia|alinihamisha|kuhama|tuhame|forced|landlord|rent|house|nyumba|kodi)(?= )',
);
/** "i have never wanted to live", "never have i wanted to be alive"; "sijawahi kutaka kuishi". */
const NEVER_WANTED_EN =
  '(?: i(?: have| had)?(?: really| honestly| just| truly| actually)? never| never (?:in my life )?(?:have|did|had) i| i dont think i(?: have|ve)? ever)(?: ever| really| even| truly| actually| once| in my life)* (?:(?:wanted|want|wished|wish) (?:to )?(?:live|be alive|stay alive|exist|keep living|go on living|kuishi)|felt like (?:living|being alive))';
const NEVER_WANTED_SW =
  ' (?:sija(?:wahi|wai|i)|sikuwa(?:hi|i))(?: hata)? (?:ku)?(?:taka|penda|tamani) (?:kuishi|kuwa hai|kuendelea kuishi|kulive)';
const guards = {
  unlessNear: JOKE_AFTER,
  unlessBefore: NOT_OWN_PLAN,
  unlessWritten: WRITTEN_AS_FORM,
} as const;

export const WISH_PLAIN_CUES: readonly Cue[] = [
  // Not with thanks for being alive in its sentence ("i regret surviving, but i am grateful now"), nor a crash survived.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(`(?:${REGRET_SURVIVING.join('|')})`),
    ...guards,
    unlessSentence: re(
      ' (?:grateful|thankful|glad|happy to be alive|nashukuru|namshukuru|shukrani|crash|accident|ajali) ',
    ),
  },
  // The speaker's own wish whoever it names ("i envy the people who die in their sleep").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(`(?:${PASSIVE.join('|')})`),
    ...guards,
    selfReferring: true,
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(`(?:${MOTHER.join('|')})`),
    ...guards,
    unlessSentence: THEIR_WORDS,
    selfReferring: true,
  },
  { tier: 'active', code: 'suicidal_thoughts', re: re(`(?:${ACTIVE.join('|')})`), ...guards },
  // "i want to live no more" to its end, a new clause or "in this world"; not where, with whom or without what ("… no
  // longer in this town", "… no more than ten minutes from work", "… no more stress"; session 55).
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(` (?:i )?(?:want|wish) to (?:live|be alive|exist) no (?:more|longer)${IN_THIS_WORLD}${LIFE_END}`),
    ...guards,
  },
  // "i have never wanted to live", "never have i wanted to be alive", "sijawahi kutaka kuishi" to the same end: a wish
  // that has never been, not where or how ("i never wanted to live in nairobi", "… like this"; session 56).
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(`(?:${NEVER_WANTED_EN}|${NEVER_WANTED_SW})${IN_THIS_WORLD}${NEVER_IN}${NEVER_END}`),
    ...guards,
    unlessSentence: MOVING,
  },
];
