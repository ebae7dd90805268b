import type { LanguageFactor } from './detect.js';
import { LAUGHING_WORDS, shortSpan, type Clause } from './normalise.js';
import { re } from './words.js';

// Warning signs of suicide told across a whole check-in (RULES.md, "Warning signs"): saying goodbye, giving things
// away, settling debts, farewell letters, a chosen day, a means got and hidden, calm after deciding. One alone is an
// ordinary act (a trip, a will, charity); several together, in the speaker's own words, are a plan with no word of
// dying ("I've made up my mind. I wrote letters to my kids and gave my phone to my brother."). Raise only: this
// layer adds a factor, it never cancels one.

interface Sign {
  kind: string;
  /** A plan needs two strong signs of distinct kinds; a weak one only shows beside them. */
  strong: boolean;
  re: RegExp;
}

const DAYS =
  '(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this weekend|next week|leo|kesho|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki ijayo|usiku wa leo)';

const SIGNS: readonly Sign[] = [
  {
    kind: 'goodbye',
    strong: true,
    re: re(
      ` i (?:have |ve |had )?(?:already |just )?said (?:my )?goodbyes? (?:to (?:everyone|everybody|all of them|them all|my \\p{L}+)|one by one|quietly)| (?:didnt|did not|dont|never) (?:even )?(?:realise|realize|know|notice) (?:it was|i was saying) (?:a )?goodbye| (?:nime|nimesha|nili|nilisha)(?:wa|m)?aga (?:\\p{L}+ ){0,5}?(?:kimya kimya|bila (?:wao |yeye )?kujua|mmoja mmoja|one by one)`,
    ),
  },
  {
    kind: 'last_message',
    strong: true,
    re: re(
      ' this is my (?:last|final) (?:check ?in|message|recording|time (?:talking|speaking))| (?:check ?in|mara|message|ujumbe|recording) yangu ya mwisho',
    ),
  },
  {
    kind: 'dont_look',
    strong: true,
    re: re(
      ' (?:dont|do not) (?:worry about|look for|call|search for|come looking for) me (?:after (?:today|tonight|this)|tomorrow|anymore)| (?:msinitafute|usinitafute)(?: (?:kesho|tena|after|baada|milele)|(?: tu)? $)| (?:hakuna|hamna) haja ya kunitafuta ',
    ),
  },
  {
    kind: 'gave_away',
    strong: true,
    re: re(
      ` (?:i (?:have |ve )?)?(?:already )?(?:gave|given) (?:away )?(?:\\p{L}+ (?:\\p{L}+ )?)?(?:all )?(?:of )?my (?:things|stuff|belongings|phone|clothes|laptop|bike|bicycle|radio|savings|bank card|atm card) | asked (?:her|him|them) to keep (?:her|him|it|them) (?:for good|forever) | (?:nime|nimesha|nili)(?:m|wa)(?:pa|pea|gawia|achia) (?:\\p{L}+ ){0,3}?(?:simu|baiskeli|nguo|vitu|redio|radio|laptop|sneakers|kadi ya benki|akiba yangu)| (?:nime|nimesha|nili)gawa (?:\\p{L}+ ){0,2}?(?:nguo|vitu|ma ?clothes|clothes|mali)`,
    ),
  },
  {
    kind: 'entrust',
    strong: false,
    re: re(
      ' (?:nimemwambia|nikamwambia|nimemwomba|nikamwomba) (?:\\p{L}+ ){0,2}(?:awatunze|amtunze|atunze|acheki|aangalie) | asked (?:him|her|them) to (?:look after|take care of) (?:my|the) (?:kids|children|mum|mom|mother|wife) ',
    ),
  },
  {
    kind: 'debts',
    strong: false,
    re: re(
      ' i (?:have |ve )?(?:paid back|paid off|repaid|cleared|settled) (?:all )?(?:\\p{L}+ ){0,4}?(?:debts?|i owed|tab|loans?) | (?:nobody|no one) (?:can|will) say i left (?:them|anyone|anybody) with debts? | (?:nime|nimesha|nili)(?:m|wa)?lipa (?:\\p{L}+ ){0,3}?(?:deni|madeni) | (?:nime|nimesha)(?:clear|maliza) (?:\\p{L}+ )?(?:deni|madeni) | nimemaliza kumlipa | (?:atakayesema|atasema) (?:nime|nili)(?:m|wa)?achia deni ',
    ),
  },
  {
    kind: 'letters',
    strong: true,
    re: re(
      ' i (?:have |ve )?(?:wrote|written|left) (?:a letter|letters|notes) (?:to|for) (?:each of |all of |all )?(?:my (?:kids|children|family|parents|wife|husband|mum|mom|mother|father|dad|sisters?|brothers?|friends)(?! teachers?| school| sponsors?)|everyone) | (?:there is|theres) a letter for my (?:kids|children|family|parents|wife|husband|mum|mom|mother) | (?:nili|nime|nimesha)(?:wa|mw|m)?andikia (?:\\p{L}+ ){0,3}?(?:barua|ma ?letters?|letters?) | barua (?:kwa )?kila mmoja ',
    ),
  },
  {
    kind: 'will',
    strong: false,
    re: re(
      ' i (?:have |ve )?(?:made|written|wrote|finished) (?:my|a) will | (?:nimeandika|nimemaliza kuandika|niliandika) wosia ',
    ),
  },
  {
    kind: 'decided',
    strong: false,
    re: re(
      ' (?:i )?(?:have |ve )?(?:made up my mind|decided) $| (?:nimeshaamua|nimeamua|nimedecide|nimeshadecide)(?: tayari)? $| (?:nimeshaamua|nimeamua) na hakuna (?:atakayenibadilisha|mtu atanibadilisha) ',
    ),
  },
  {
    kind: 'chosen_time',
    strong: true,
    re: re(
      ` ${DAYS}(?: night| usiku)? (?:is the (?:day|night)|(?:ndio|ndiyo|ni) siku) $| i (?:have |ve )?(?:chosen|picked|set) (?:a |the )?(?:date|day|night) | (?:nimechagua|nimeshachagua) (?:tarehe|siku|date|usiku) | (?:nimeamua|nimeshaamua|nimedecide) (?:ni )?${DAYS}(?: usiku)?(?! (?:\\p{L}+ )?(?:nita|tuta|nta)\\p{L}+| (?:kwa|ya|for|to) )| (?<!huu |hii )(?:ndio|ndiyo) mwisho wangu (?!wa )`,
    ),
  },
  {
    kind: 'message_after',
    strong: true,
    re: re(
      ' (?:nimeshawatumia|nimewatumia|nimemtumia|nimeshamtumia) (?:\\p{L}+ ){0,4}?(?:message|ujumbe|sms|text) (?:\\p{L}+ )?(?:watauona|wataiona|ataiona|atauona|watasoma|ataisoma) | (?:they|she|he)(?:ll| will) (?:see|read|find) (?:it|them) (?:in the morning|tomorrow) ',
    ),
  },
  {
    kind: 'gone',
    strong: true,
    re: re(
      ' (?:ill|i will) be gone by then | wont need (?:it|them|this|that|anything) where im going | (?:nobody|no one) will (?:have to )?carry me | hakuna (?:mtu )?(?:atakayebeba|atabeba) (?:mzigo|stress|shida) (?:wangu|zangu) | sitakuwepo kuona ',
    ),
  },
  {
    kind: 'finality',
    strong: false,
    re: re(
      ' (?:nobody|no one) will (?:have to )?(?:worry about|look after|feed) me | (?:its|it is) (?:nearly|almost) over | (?:theyll|they will) understand (?:later|one day|someday) | wataelewa (?:tu )?(?:baadaye|siku moja) | sitakuwepo tena | sitaki mtu aniulize kuhusu ',
    ),
  },
  {
    kind: 'calm',
    strong: false,
    re: re(
      ' (?:for the first time|kwa mara ya kwanza)(?: in (?:months|years|a long time))? (?:i )?(?:feel|am|nahisi|kichwa iko|niko) calm | moyo wangu umetulia | (?:everything|kila kitu) (?:is|iko|kiko) (?:settled|ready|tayari|in order) | (?:nimeshamaliza|nimemaliza) kila kitu | (?:hakuna kitu|nothing) (?:imebaki|kimebaki|is left to do) ',
    ),
  },
  {
    kind: 'obtained',
    strong: false,
    re: re(
      ' i (?:finally )?(?:got|bought) (?:it|them) (?:today|leo) | (?:nime|nimesha|nili)(?:i|zi|vi)nunua | (?:nimenunua|nilinunua) (?:ile |hiyo |the )?(?:rope|kamba|sumu|poison|pills|vidonge) ',
    ),
  },
  {
    kind: 'hidden',
    strong: true,
    re: re(
      ' (?:nime|nili|nimesha)(?:i|zi|vi|ki|li)ficha | (?:nime|nili|nimesha)ficha (?:sumu|kamba|rope|vidonge|pills|dawa) | (?:its|it is|they are|theyre) hidden | i (?:have |ve )?(?:hid|hidden) (?:it|them|the (?:rope|pills|poison)) | (?:theyre|they are|its|it is) in my (?:bag|drawer|pocket) nobody knows ',
    ),
  },
  {
    kind: 'use_it',
    strong: true,
    re: re(
      ' (?:nita|nta)(?:i|zi|vi)tumia (?:(?:leo )?usiku |tonight |leo )?$| (?:ill|i will|im going to|i am going to) use (?:it|them) (?:tonight |tomorrow |today )?$| tonight after everyone (?:is asleep|sleeps|has slept) $',
    ),
  },
];

/** A recent act that two signs tell together ("I tried again … woke up in hospital"); `unless` anywhere in the text
 * tells an ordinary act with the same words (a crash, an exam, a roof repair, a welding burn). */
const ACTS: readonly { code: string; span: RegExp; with: RegExp; unless: RegExp }[] = [
  {
    code: 'attempt',
    span: re(' i (?:tried|attempted) (?:it )?again(?! to )| (?:nilijaribu|nimejaribu) tena (?!ku)'),
    with: re(
      ' (?:woke up|woke|came to) (?:\\p{L}+ ){0,2}?in (?:the |a )?(?:hospital|icu|clinic) | (?:nikaamka|nikazinduka|niliamka|nilizinduka) (?:\\p{L}+ ){0,2}?(?:hospitali|hospitalini|hosi|hospital|icu) ',
    ),
    unless: re(
      ' (?:accident|ajali|crash|crashed|hit us|hit me|matatu|driving|fell|nilianguka|fainted|nilizimia|nikazimia|fasting|boda|bodaboda|exam|exams|mtihani|malaria|knocked|hit by|operation|upasuaji|surgery|interview|business|biashara) ',
    ),
  },
  {
    code: 'attempt',
    span: re(
      ' (?:i was|nilikuwa)(?: so| \\p{L}+)? (?:ready|tayari) (?:to |ku)?(?:leave this world|die(?! (?:of|for|laughing|with))|end it|kuondoka (?:hii )?dunia(?:ni)?|kufa(?! (?:kwa|na))|kujiua|kill myself) ',
    ),
    with: re(
      ' i stopped $| i stopped and (?:put|packed|went)| (?:put|packed) everything away | nikaacha $| nikarudisha kila kitu ',
    ),
    unless: re(' (?:lol|haha|shame|aibu|exam|exams|mtihani) '),
  },
  {
    code: 'attempt',
    span: re(
      ' (?:i was|nilikuwa) (?:standing )?(?:on|juu ya) (?:the |a |our )?(?:roof|rooftop|ledge|bridge|balcony|paa|daraja|ghorofa) ',
    ),
    with: re(' (?:pulled|dragged|talked) me (?:back|down|off) | (?:aka|ali)nivuta (?:chini|nyuma) '),
    unless: re(
      ' (?:fix\\p{L}*|repair\\p{L}*|gutters?|fireworks|photos?|picha|selfie|tank|antenna|mabati|kuanika|kurekebisha|kutengeneza|painting|rain|mvua|view) ',
    ),
  },
  {
    code: 'self_harm',
    span: re(' (?:the )?(?:burns|cuts|marks|scars|wounds) on my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|body) '),
    with: re(' i did (?:it|them|this) again | (?:its|it is) me i did '),
    unless: re(' (?:weld\\p{L}*|henna|fryer|sisal|dog|bite|bites|thorns|accident|ajali) '),
  },
];

/** An ordinary occasion: goodbyes, gifts, dates and debts of a wedding, a party, a move or a trip are what they seem.
 * ("safari yangu ya mwisho", my last journey, is no trip.) */
const OCCASION = re(
  ' (?:trip|travel\\p{L}*|flight|fly|flying|airport|holiday|abroad|visa|moving|relocat\\p{L}*|new job|safari(?! yangu ya mwisho)|kusafiri|nasafiri|nitasafiri|likizo|ushago|uwanja wa ndege|kuhamia|nahamia|nitahamia|ill be back|i will be back|nitarudi|see you (?:soon|when)|charity|wedding|harusi|birthday|surprise|party|sherehe|ruracio|dowry|mahari|harambee|contract|mkataba|burial|mazishi|boarding school|graduation|retire\\p{L}*|retirement|exiting|audit|meeting) ',
);

/** The plan or act that the warning signs of a whole text add up to, if any; `cs` the text's clauses. */
export function warningSigns(cs: readonly Clause[]): LanguageFactor | undefined {
  // A laugh anywhere makes these ordinary words a joke; the cues' own readings still judge any word of dying.
  if (cs.some((c) => LAUGHING_WORDS.test(c.text))) return undefined;
  for (const act of ACTS)
    for (const c of cs)
      if (act.span.test(c.text) && cs.some((d) => act.with.test(d.text)) && !cs.some((d) => act.unless.test(d.text)))
        return { code: 'ideation_behaviour', tier: 'behaviour', span: shortSpan(c.raw) };
  if (cs.some((c) => OCCASION.test(c.text))) return undefined;
  const seen = new Map<string, Clause>();
  for (const c of cs)
    for (const s of SIGNS) if (s.strong && !seen.has(s.kind) && s.re.test(c.text)) seen.set(s.kind, c);
  if (seen.size < 2) return undefined;
  return { code: 'ideation_plan', tier: 'plan', span: shortSpan([...seen.values()][0]!.raw) };
}
