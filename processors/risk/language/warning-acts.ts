import type { LanguageFactor } from './detect.js';
import { shortSpan, type Clause } from './normalise.js';
import { re } from './words.js';

// A recent act told through its moment and its aftermath, in two places of a check-in (RULES.md, "Warning signs"):
// "I tried again on Tuesday … woke up in hospital", "I was on the roof … my brother pulled me back". Either half
// alone is ordinary; `unless` anywhere in the text tells an ordinary act with the same words (a crash, an exam, a
// roof repair, a welding burn).

const HOSPITAL =
  ' (?:woke up|woke|came to|ended up) (?:\\p{L}+ ){0,2}?in (?:the |a )?(?:hospital|icu|clinic|ward) | (?:nikaamka|nikazinduka|niliamka|nilizinduka|nikajipata|nilijipata|nikajikuta) (?:\\p{L}+ ){0,2}?(?:hospitali|hospitalini|hosi|hospital|icu|ward) ';
// illnesses and training that land one in hospital after "trying again".
const ACCIDENT =
  ' (?:knee|goti|ankle|mguu|leg|tooth|jino|accident|ajali|crash|crashed|hit us|hit me|matatu|driving|fell|nilianguka|fainted|nilizimia|nikazimia|fasting|boda crash|boda accident|exam|exams|mtihani|malaria|knocked|hit by|operation|upasuaji|surgery|interview|business|biashara|typhoid|asthma|pumu|sugar|diabetes|kisukari|allergy|allergic|dehydration|injury|gym|marathon|mazoezi|diet|medicine|treatment|herbal) ';
/** a time may follow "again", nothing else. */
const WHEN =
  '(?: (?:on |last |this |jana |leo )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|week|weekend|morning|evening|usiku|yesterday|jana|juzi|leo|today|tonight|wiki iliyopita|jioni)){0,2}';
const HEIGHT_PAST =
  ' (?:i was|nilikuwa|i stood) (?:standing |nimepanda )?(?:on|at|juu ya|kwa) (?:the |a |our )?(?:roof|rooftop|ledge|edge|bridge|balcony|paa|daraja|ghorofa)(?! (?:of the |ya )(?!roof|bridge|building|jengo|daraja|juu))(?! bar) ';

const WOKE_IN_HOSPITAL = re(HOSPITAL);
const ORDINARY_CAUSE = re(ACCIDENT);

const ACTS: readonly { code: string; span: RegExp; with: RegExp; unless: RegExp }[] = [
  {
    code: 'attempt',
    // "again" / "tena" / "mara ya pili" then only a time, not what was tried ("with the diet", "kukimbia marathon").
    span: re(
      ` i (?:tried|attempted) (?:it )?again${WHEN} (?:$|and |but )| i did it again${WHEN} $| it didnt work $| (?:nilijaribu|nimejaribu) (?:tena|(?:kwa )?mara ya (?:pili|tatu|nne))${WHEN} (?:$|nika|lakini|but)`,
    ),
    with: WOKE_IN_HOSPITAL,
    unless: ORDINARY_CAUSE,
  },
  {
    code: 'attempt',
    // "this time I'll make sure" with nothing after but "it works".
    span: re(' (?:this|next) time (?:ill|i will) make sure(?: it works)? $'),
    with: WOKE_IN_HOSPITAL,
    unless: ORDINARY_CAUSE,
  },
  {
    code: 'attempt',
    span: re(
      ' (?:i was|nilikuwa)(?: so| \\p{L}+)? (?:ready|tayari) (?:to |ku)?(?:leave this world|die(?! (?:of|for|laughing|with))|end it(?! with)|kuondoka (?:hii )?dunia(?:ni)?|kufa(?! (?:kwa|na))|kujiua|kill myself) | i had the (?:pills|tablets|rope|poison) in my hands? (?!(?:to|for) )',
    ),
    with: re(
      ' i stopped $| i stopped and (?:put|packed|went)| (?:put|packed) everything away | i put them back | nikaacha $| nikarudisha kila kitu ',
    ),
    // a dose already taken, an animal to tie or dip.
    unless: re(' (?:lol|haha|shame|aibu|exam|exams|mtihani|dose|goat|mbuzi|cattle|ngombe|dip) '),
  },
  {
    code: 'attempt',
    span: re(HEIGHT_PAST),
    with: re(
      ' (?:pulled|dragged|talked) me (?:back|down|off|out of it) | (?:grabbed|stopped|caught) me (?!by |and asked)| (?:aka|ali)nivuta (?:chini|nyuma) (?!ku)| (?:aka|ali)ni(?:shika|shusha|kamata|zuia) ',
    ),
    // errands, a checkpoint, a game, a child.
    unless: re(
      ' (?:fix\\p{L}*|repair\\p{L}*|gutters?|fireworks|photos?|picha|selfie|tank|antenna|mabati|kuanika|kurekebisha|kutengeneza|painting|rain|mvua|view|directions|mwizi|thief|pickpocket|id|kitambulisho|hanging|clothes|queue|pitch|coach|match|beers?|round|mchoro) ',
    ),
  },
  {
    code: 'attempt',
    span: re(
      ' (?:walked in|came in|found me|caught me) before i could finish $| (?:ali|wali)nikuta kabla (?:sija|hatuja)maliza $',
    ),
    // "so close" / "everything ready" with nothing after (not "to finishing the level", "for the presentation", "kwa wageni").
    with: re(
      ' so close(?: this time)? $| (?:nilikuwa )?nimeshaandaa kila kitu $| everything (?:was )?ready $| i was ready $| wasnt going to come back ',
    ),
    unless: re(' (?:homework|assignment|food|chakula|kazi ya nyumbani|exam|mtihani) '),
  },
  {
    code: 'self_harm',
    // marks whose cause is named in the same breath ("are from ironing", "ni hina", "ni vya viatu") are no self-harm.
    span: re(
      ' (?:the )?(?:burns|cuts|marks|scars|wounds) on my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|body) (?!(?:are|were) (?:from|tattoos|henna)| (?:are|were) (?!not )\\p{L}+ (?:from|tattoos))| (?:alama|makovu|vidonda) (?:kwa|kwenye|za|ya) (?:mkono|mikono|paja|mapaja|mguu) wangu (?!ni (?:ya|vya|za|hina|wanja) )',
    ),
    with: re(
      ' i did (?:it|them|this) again | (?:its|it is) me i did | i (?:made|did) them (?:my ?self|again) | ni mimi nilijifanyia | nilijifanyia mwenyewe ',
    ),
    unless: re(
      ' (?:weld\\p{L}*|henna|hina|fryer|sisal|dog|bite|bites|thorns|accident|ajali|tattoos?|ironing|pasi|jiko|shoes|viatu|strap|football|training) ',
    ),
  },
  // The same acts as a tenth blind set told them (probes10, read; RULES.md, "Warning signs").
  {
    code: 'attempt',
    span: re(
      ' i tried like i really tried | (?:nilijaribu|nimejaribu) (?:juzi|jana|wiki iliyopita)(?: usiku)?(?! ku)| after what i did | baada ya (?:kile|ile kitu) (?:nilichofanya|nilichojaribu|nilijaribu)| kumaliza story yangu | nilitumia (?:rope|kamba|vidonge|sumu|pills) ',
    ),
    with: re(
      `${HOSPITAL}| (?:clinic|zahanati|hosi|hospitali|hospital|drip|dripu|madrip) | (?:discharged|wakanirelease|nimeruhusiwa kutoka) | (?:broke|kicked) the door | akavunja mlango | (?:came|arrived) in time | (?:aliniwahi|alinishika mapema|nikapatikana) | sorry it didnt work | (?:not happy|sijui kama nina furaha|sijisikii kushukuru) `,
    ),
    unless: ORDINARY_CAUSE,
  },
  {
    code: 'attempt',
    span: re(' (?:woke up|niliamka|nimeamka)(?: \\p{L}+){0,4} (?:with a drip|na (?:ma)?dripu?)'),
    with: re(
      ' (?:lucky|bahati) | (?:came|come) back early | (?:aliniwahi|alinishika mapema|found me in time) | sijui kama (?:nina furaha|nimefurahi) | not happy (?:kuwa|that|to be) ',
    ),
    unless: ORDINARY_CAUSE,
  },
  {
    code: 'attempt',
    span: re(
      ' (?:pulled|dragged) me back from the edge | (?:alinivuta|walinivuta|akanivuta) (?:back |nyuma )?(?:kutoka |from )?(?:ukingoni|the edge)',
    ),
    with: re(
      ' (?:last night|jana usiku|jana) | should have let me | still shaking | hataki niende popote | sijamwambia mtu ',
    ),
    unless: re(' (?:despair|debt|madeni|drinking|pombe|drugs|gambling|betting) '),
  },
  {
    code: 'attempt',
    span: re(
      ' walked in before i could finish it | (?:aliingia|aliingia chumbani|aliingia kwa room) (?:\\p{L}+ ){0,2}?kabla (?:sija|ni)mali(?:za|ze)',
    ),
    with: re(
      ' (?:akakata|alikata) kamba | cut the rope | wont leave me alone | (?:analala|sleeps) (?:\\p{L}+ ){0,2}?(?:mlangoni|doorway|nje ya door|outside my door)| counsellor | hanicheki ',
    ),
    unless: re(' (?:homework|assignment|food|chakula|exam|mtihani|dishes|vyombo) '),
  },
  {
    code: 'attempt',
    span: re(' (?:had the pills in my hand|was holding the pills|(?:nimeshika|nilikuwa nimeshika) vidonge)'),
    with: re(' put them back | (?:nikavirudisha|nikazirudisha) '),
    unless: re(' (?:prescribed|daktari|doctor|malaria|dose) '),
  },
  {
    code: 'self_harm',
    span: re(
      ' (?:the )?(?:cuts|marks|burns|scars) on my (?:arms?|wrists?|legs?|thighs?) are mine | hizi (?:marks|cuts|alama|makovu)(?: kwa mkono)? ni zangu ',
    ),
    with: re(
      ' i did them | ni mimi (?:hujikata|nilijikata|najikata) | i did them my ?self | (?:nimechoka|tired of) (?:kusema|saying|kudanganya|lying) ',
    ),
    unless: re(' (?:henna|tattoo|weld\\p{L}*|sisal) '),
  },
];

/** The act two places of the text tell together, if any. */
export function warningActs(cs: readonly Clause[]): LanguageFactor | undefined {
  for (const act of ACTS)
    for (const c of cs)
      if (act.span.test(c.text) && cs.some((d) => act.with.test(d.text)) && !cs.some((d) => act.unless.test(d.text)))
        return { code: 'ideation_behaviour', tier: 'behaviour', span: shortSpan(c.raw) };
  return undefined;
}
