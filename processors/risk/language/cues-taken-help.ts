import type { Cue } from './patterns.js';
import { DOSE_KEPT, NOT_OWN_NOW } from './act-farewell-words.js';
import { WRITTEN_AS_FORM, anySpaces, atClauseEdges, re } from './words.js';

// Something swallowed just now, then a plea, fear, a symptom or a secret (session 38, red team 162): "took them an hour
// ago please help im scared now", "nimekunywa dawa zote saa moja iliyopita nisaidie tafadhali", "its done. swallowed all
// of them", "already drank it feeling dizzy dont tell my dad", "nimeshakunywa. kichwa kinazunguka. msimwambie mama".
// Each was low or medium: the pills readings take a farewell, not a plea, and a pronoun names nothing. All of something
// takes one such sign; "it" or "them" takes two, since a dose taken and a question about it share one ("took them an
// hour ago, still dizzy, is that normal?"). Raise only (patterns.ts LATER_CUES).

const EN_TOOK =
  '(?:i |i have |ive |i ve )?(?:just |already |have |finally )*(?:took|taken|swallowed|drank|drunk|downed|ate)';
const SW_TOOK = '(?:nime|nimesha|nisha|nimeshaa)(?:kunywa|meza|take|swallow|kula)';
/** All of them or of a medicine, never "all of it" (a cake, a drink). */
const ALL =
  '(?:all (?:of )?them|all (?:of )?(?:the|my|these|those) (?:\\p{L}+ )?(?:pills|tablets|tabs|meds|medicine|medication)|the whole (?:bottle|packet|pack|box|strip)|(?:dawa|vidonge|pills|tabs|tembe|ma ?pills|panadol) (?:zote|vyote|yote)|(?:zote|vyote)(?= |$))';
const PRONOUN = '(?:them|it|hizo|hiyo|hizi|hii|vyote)';
/** The pills named as known ("took the pills like an hour ago", "nimemeza zile dawa"): two signs, one of them a plea,
 * a secret or an apology (fear and dizziness alone are also a dose before an exam: a code review, session 39). */
const THE_PILLS = '(?:the|those|zile|hizo) (?:pills|tablets|tabs|meds|dawa|vidonge|tembe)';
/** Within the hour: "an hour ago", "saa moja iliyopita", "just now", "already". */
const JUST =
  '(?:(?:like |about |around |kama )?(?:an|one|half an|1) hour ago|(?:a few|\\p{N}+|ten|twenty|thirty) (?:minutes|mins) ago|just now|already|sasa hivi|saa moja (?:iliyopita|imepita)|dakika \\p{L}+ (?:zilizopita|zimepita)|one hour ago)';
/** Not "ate": food is eaten all up. */
const SWALLOWED = `(?:${EN_TOOK.replace('|ate)', ')')}|${SW_TOOK.replace('|kula)', ')')})`;
const TAKEN_ALL = ` ${SWALLOWED} (?:zile |hizo |those |the )?${ALL}`;
const TAKEN_IT = `(?: ${SWALLOWED} ${PRONOUN}(?: ${JUST})?| (?:its|it is) done ${SWALLOWED}|^ ${SW_TOOK}(?: ${JUST})?(?= $))`;
const TAKEN_THE = ` ${SWALLOWED} ${THE_PILLS}(?: ${JUST})?`;

const PLEA =
  '(?:please help|pls help|plz help|help me|what do i do|what should i do|nifanye (?:aje|nini)|nisaidie\\p{L}*|nisaidiwe|come (?:quick|now|fast)|call (?:an )?ambulance)';
const FEAR = '(?:(?:(?:i am|im|i m) (?:so )?)?(?:scared|afraid|frightened)|naogopa|nimeogopa)';
const BODY =
  '(?:(?:feeling|feel|im|i am|getting) (?:dizzy|so dizzy|sleepy|numb|cold)|cant breathe|vomiting|kichwa kinazunguka|nazunguka|(?:naskia|nasikia) kizunguzungu|kizunguzungu|cant feel my (?:hands|legs|body)|naona giza|siwezi kupumua|natapika)';
const SECRET =
  '(?:(?:dont|do not|please dont) tell (?:my \\p{L}+|anyone|anybody|mum|mom|dad)|(?:msi|usi)mwambie (?:mama|baba|mtu)|msiambie mtu)';
const SORRY = '(?:just wanted to say sorry|(?:i am|im) (?:so )?sorry(?: for everything)?|nisamehe\\p{L}*)';
/** Alone with it: no one told, no one to come, only someone to know. */
const ALONE_WITH_IT =
  '(?:sitaki mtu aje(?: kunisaidia)?|(?:i )?(?:dont|do not) want anyone to come|(?:i )?(?:havent|have not) told anyone|nataka tu mtu ajue|(?:i )?(?:do not|dont) want to call anyone|sitaki kupigia mtu|(?:i )?just want(?:ed)? (?:someone|somebody|mtu|you) to know)';
/** The signs that tell a swallowing apart from a dose: a plea, a secret, an apology, being alone with it. */
const STRONG = `(?:${PLEA}(?! (?:me )?(?:calm|relax|focus|prepare|study|revise|sleep)(?= ))|${SECRET}|just wanted to say sorry|(?:i am|im) (?:so )?sorry for everything|nisamehe\\p{L}*|(?:please )?forgive me|${ALONE_WITH_IT})`;
const SIGN = `(?:${ALONE_WITH_IT}|(?:my )?throat is burning|(?:i )?just wanted to tell someone|moyo unadunda|(?:heart|moyo) (?:is )?(?:racing|pounding|unadunda)|head spinning|nikitapika|(?:stomach|tumbo) (?:is )?(?:inaungua|linaungua|inawaka)|(?:everything is |im )?getting (?:slow|heavy|slow and heavy|sleepy|cold)|(?:eyes|macho)(?: \\p{L}+){0,3}? (?:heavy|mazito)|(?:stomach|tumbo) (?:is )?(?:burning|linawaka|linauma|inauma)|${PLEA}|${FEAR}|${BODY}|${SECRET}|${SORRY})`;
/** Then, within the next words of the check-in. */
const then = (sign: string) => `(?: \\p{L}+){0,8}? ${sign}(?= |$)`;

/** One's own pills of today: a dose ("i took all my pills today feeling dizzy", cues-act-farewell.ts). */
const OWN_TODAY =
  ' my (?:\\p{L}+ )?(?:pills|tablets|meds|medicine|medication)(?: \\p{L}+){0,3}? (?:today|this morning) | (?:dawa|vidonge) (?:zangu|vyangu)(?: \\p{L}+){0,3}? (?:leo|asubuhi) ';
/** A dose kept, a question about it, a joke, food or drink, a doctor: the everyday swallowing (the whole check-in). */
const EVERYDAY_DOSE = new RegExp(
  `${re(OWN_TODAY).source}|${re(` (?:${DOSE_KEPT}) `).source}|${re(' (?:is (?:that|it|this) normal|should i(?! do)|can i|side effects?|madhara|ni kawaida|doctor|daktari|dokta|nurse|pharmacist|chemist|beer|pombe|alcohol|vodka|whiskey|tea|chai|coffee|water|maji|juice|soup|food|chakula|uji|panadol for|for (?:my )?(?:headache|pain|fever|malaria|flu|cold)|lol|haha\\p{L}*|utani|worm|dewormer|minyoo|za malaria|vya malaria|forgot|forget|nilisahau|nimesahau|nilisau|missed|vitamins?|antibiotics?|arvs?|prep|pep) ').source}`,
  'u',
);

/** Someone else's pills or the stuff for rats, swallowed just now: no dose of one's own, so only a question, food or a
 * joke explains it ("took my mums pressure pills just now … just wanted someone to know"). */
const KIN =
  '(?:mums?|moms?|mothers?|mamas?|dads?|fathers?|grandmas?|sisters?|brothers?|aunts?|uncles?|mama|baba|bibi|babu|dada|kaka|mathe|buda|shosho)';
/** A poison: swallowed, then a sign, is the act whatever else the clause says ("… the jik from under the sink"). */
const POISON =
  '(?:jik|bleach|rat poison|dawa ya panya|sumu(?: ya panya)?|poison|insecticide|pesticide|paraffin|the stuff for (?:the )?rats)';
const OTHERS = ` (?:${SWALLOWED}|(?:nika|nili)(?:meza|kunywa)) (?:(?:my |all my |all of my )?${KIN}(?: \\p{L}+){0,2}? (?:pills|tablets|meds|medicine)|(?:zile |hizo )?(?:dawa|vidonge|pills|tablets|tembe)(?: (?:zote|vyote))?(?: (?:za|vya) \\p{L}+)? (?:za|vya) ${KIN}|all (?:of )?(?:the )?(?:pills|tablets|meds|medicine)(?: \\p{L}+){0,4}? (?:my )?${KIN}|(?:the |some )?${POISON})(?= |$)`;
const NOT_OWN_DOSE = re(
  ' (?:is (?:that|it|this) normal|should i(?! do)|can i|lol|haha\\p{L}*|utani|by mistake|kwa makosa|by accident|accident\\p{L}*|food poisoning|thinking (?:it|they) (?:was|were)|nilidhani|(?:think|thinks|thought|believe|said) (?:that )?i|wanadhani|walidhani|anadhani) ',
);

/** Right before the act, someone else as its subject: "my son drank paraffin please help" is a child to be helped. */
const SOMEONE_ELSE = re(
  ' (?:son|daughter|baby|child|kid|brother|sister|friend|cousin|he|she|they|mtoto|mwanangu|rafiki|husband|wife|mume|mke|dog|cat|goat|cow|mbwa|paka|ng.ombe) $',
);

/** Told by the speaker of their own act now, not in a story, nor written as a form. */
const own = {
  unlessBefore: SOMEONE_ELSE,
  unlessSentence: NOT_OWN_NOW,
  unlessWritten: WRITTEN_AS_FORM,
  selfReferring: true,
} as const;

export const TAKEN_HELP_CUES: readonly Cue[] = [
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(OTHERS),
    onlyWhole: re(anySpaces(`${OTHERS}(?: ${JUST})?${then(SIGN)}`)),
    unlessWhole: NOT_OWN_DOSE,
    ...own,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(`(?:${TAKEN_ALL}|${TAKEN_IT}|${TAKEN_THE})(?= |$)`),
    onlyWhole: re(
      anySpaces(
        `(?:${TAKEN_ALL}(?: ${JUST})?${then(SIGN)}|${atClauseEdges(TAKEN_IT)}${then(SIGN)}${then(SIGN)}|${TAKEN_THE}(?:${then(STRONG)}${then(SIGN)}|${then(SIGN)}${then(STRONG)}))`,
      ),
    ),
    unlessWhole: EVERYDAY_DOSE,
    ...own,
  },
];
