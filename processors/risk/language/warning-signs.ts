import type { LanguageFactor } from './detect.js';
import { LAUGHING_WORDS, shortSpan, type Clause } from './normalise.js';
import { warningActs } from './warning-acts.js';
import { re } from './words.js';

// Warning signs of suicide told across a whole check-in (RULES.md, "Warning signs"): saying goodbye, giving things
// away, farewell letters, a chosen day, a means hidden. One alone is an ordinary act (a trip, a gift, a date); two of
// different kinds, in the speaker's own words, are a plan with no word of dying ("I've made up my mind. I wrote
// letters to my kids and gave my phone to my brother."). Raise only: this layer adds a factor, never cancels one.

const DAYS =
  '(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this weekend|next week|leo|kesho|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|wiki ijayo|usiku wa leo)';
const PEOPLE =
  '(?:kids|children|family|parents|wife|husband|mum|mom|mother|father|dad|sisters?|brothers?|friends|people)';

/** Each kind counts once however often it is said; debts paid, a will, calm and "nimeshaamua" were tried as weaker
 * signs and left out: weddings, harvests and new phones say them too. */
const KIN_SW = '(?:wanangu|watoto|mama|baba|familia|mke wangu|mume wangu|kaka|dada|wasee wangu|wazazi wangu)';
// people one says goodbye to at work, not one's own.
const NOT_OWN = '(?:wanafunzi|wenzangu|wateja|customers|wagonjwa|wafanyakazi|colleagues|daktari|dokta)';
/** the next clause tells where one will be or that one will call: an ordinary absence. */
const WHEREABOUTS =
  /^ ?(?:nitakuwa|niko|nina|naenda|nitawapigia|nitakupigia|nitalala|i will be|i am (?:at|in|on)|i will call)\b/u;

type Sign = { kind: string; re: RegExp; unless?: RegExp; notBefore?: RegExp; lastOnly?: boolean; onlyWith?: string };
const SIGNS: readonly Sign[] = [
  {
    kind: 'goodbye',
    re: re(
      // "my X" only one's people; not "to everyone at work"; "knowing it is the last time" at clause end and in the present;
      // "it was goodbye" only as others not knowing; no goodbye to workmates; an errand ("told him: tell mum") is no goodbye.
      `(?:^ | i (?:have |ve |had )?)(?:already |just )?said (?:my )?(?:goodbyes?|bye) (?:to (?:everyone|everybody|all of them|them all|the people who matter|my ${PEOPLE})(?! (?:at|from) )|one by one|quietly)| (?:they|she|he|nobody|no one) (?:didnt|did not|dont|never) (?:even )?(?:realise|realize|know|notice) (?:it was|i was saying) (?:a )?goodbye| i (?:didnt|did not|dont|never) (?:even )?(?:realise|realize|know|notice) i was saying (?:a )?goodbye| knowing (?:it is|its|this is) the last time $| (?:texted|messaged) everyone goodbye (?!on |from )| (?:nime|nimesha|nili|nilisha)(?:wa|m)?aga (?!${NOT_OWN} )(?:\\p{L}+ ){0,5}?(?:kimya|bila (?:wao |yeye )?kujua|mmoja mmoja|one by one)| (?:nime|nimesha)(?:wa|m)(?:send|tumia) (?!${NOT_OWN} )(?:\\p{L}+ )?(?:message|ujumbe|sms) ya (?:goodbye|kuaga|kwaheri) | (?:nime|nimesha)(?:wa|m)(?:cheki|ona|pigia simu) (?!${NOT_OWN} )(?:\\p{L}+ ){0,3}?kwa mara ya mwisho | (?:nimewapigia|nimempigia) simu (?:\\p{L}+ )?kuwaaga | (?<!(?:told|said|asked|ambia) (?:\\p{L}+ ){0,2})(?:mwambie|mwambieni|tell) (?:mama|mum|mom|my mum|my mom|baba|dad|my dad|mathe|mzee|buda|mbuyu) (?:kwamba |that )?(?:nampenda|i love (?:her|him)) | (?<!(?:will|can|going to|would) )take care of (?:my |mum|mom|mama)\\p{L}* for me $`,
    ),
  },
  {
    kind: 'last_message',
    // not "my final recording for the project", "last check-in this month", "mara yangu ya mwisho kula/kuvuta/... kama".
    re: re(
      ' this is my (?:last|final) (?:check ?in|message|recording|time (?:talking|speaking))(?! (?:for|in|this|of|before|as) )| (?:check ?in|mara|message|ujumbe|recording) yangu ya mwisho(?! (?:kula|kuvuta|kunywa|kutumia|leo|ku\\p{L}+ kama)\\b)',
    ),
  },
  {
    kind: 'dont_look',
    // "don't worry about me anymore" is reassurance; not on social media; not an errand told to an ex.
    re: re(
      ' (?:dont|do not) (?:worry about|look for|call|search for|come looking for) me (?:after (?:today|tonight|this)|tomorrow|this weekend|tonight)(?! on )| sitaki mtu (?:anitafute|anifuate) | (?:dont|do not) want anyone to (?:look for|find) me | (?:dont|do not) (?:look for|call|search for|come looking for) me anymore| (?<!ambia (?:\\p{L}+ ){0,2})(?:msinitafute|usinitafute)(?: (?:kesho|tena|after|baada|milele)|(?: tu| bro| maze| manze| msee)? $)| (?:hakuna|hamna) haja ya kunitafuta ',
    ),
    notBefore: WHEREABOUTS,
  },
  {
    kind: 'gave_away',
    // not lent or handed on to keep/use, not old or outgrown things, not someone's own gift returned.
    re: re(
      ` (?:i (?:have |ve )?)?(?:already )?(?:gave|given) (?:away )?(?:\\p{L}+ (?:\\p{L}+ )?)?(?:all )?(?:of )?my (?:things|stuff|belongings|phone|clothes|laptop|bike|bicycle|radio|savings|bank card|atm card|dog|cat) (?!(?:\\p{L}+ ){0,4}?(?:to keep|to use|for parts|for school|for the|meanwhile|from campus))| asked (?:her|him|them) to keep (?:her|him|it|them) (?:for good|forever) | (?:nime|nimesha|nili)(?:m|wa)(?:pa|pea|gawia|achia|give) (?:\\p{L}+ ){0,3}?(?:simu(?! yake)|baiskeli|nguo(?! za watoto)|vitu|redio|radio|laptop|sneakers|kadi ya benki|akiba yangu)(?! (?:\\p{L}+ )?(?:ya|za|vya) zamani| zilizo)| (?:nime|nimesha|nili)(?:gawa|give) (?:\\p{L}+ ){0,2}?(?:nguo|vitu|ma ?clothes|clothes|mali)`,
    ),
  },
  {
    kind: 'letters',
    // not letters asking, inviting, telling news or from an office; Swahili letters only to one's kin, not "ya ruhusa/mwaliko/maelekezo".
    re: re(
      `(?:^ | i (?:have |ve )?)(?:wrote|written|left) (?:a letter|letters|notes) (?:to|for) (?:each of |all of |all )?(?:my ${PEOPLE}(?! teachers?| school| sponsors?)|everyone) (?!(?:\\p{L}+ ){0,4}?(?:asking|telling|to (?:come|invite|vote|ask|tell)|about|on the fridge))| i (?:have |ve )?(?:already )?(?:wrote|written) (?:my letters $|to each of my ${PEOPLE} (?!(?:\\p{L}+ ){0,4}?(?:asking|telling|about|at university))|to my ${PEOPLE} $)| (?:there is|theres) a letter for my ${PEOPLE} (?!from )| (?:nili|nime|nimesha)(?:wa|mw|m)?andikia (?:${KIN_SW} (?:\\p{L}+ )?)?(?:barua|ma ?letters?|letters?)(?! ya (?:ruhusa|mwaliko|maelekezo|kuomba))| (?:nime|nimesha|nili)(?:wa|mw|m)achia ${KIN_SW} (?:\\p{L}+ )?barua(?! ya)| barua (?:kwa )?kila mmoja (?!wa )`,
    ),
  },
  {
    kind: 'chosen_time',
    // "X is when" only "I'll do it"; "decided on X" only as the clause; a date not "for/with/ya" an event; last week of, not "ya exams".
    re: re(
      ` ${DAYS}(?: night| usiku)? (?:is the (?:day|night)|(?:ndio|ndiyo|ni) siku) $| ${DAYS}(?: night)? is when (?:i will|ill|i) do it | i (?:have )?decided on ${DAYS}(?: night)? $| i (?:have |ve )?(?:chosen|picked|set) (?:a |the )?(?:date|day|night) (?!(?:for|with|of) )| (?:nimechagua|nimeshachagua) (?:tarehe|siku|date|usiku)(?! (?:ya|za|la|kwa|wa) )| (?:nimeamua|nimeshaamua) (?:tarehe|siku|date)(?! (?:ya|za|la|kwa|wa) )| nimepanga (?:itakuwa|ni) (?:\\p{L}+ ){0,2}?${DAYS} $| (?:nimeamua|nimeshaamua|nimedecide) (?:ni )?${DAYS}(?: usiku)?(?! (?:\\p{L}+ )?(?:nita|tuta|nta)\\p{L}+| (?:kwa|ya|for|to) )| (?<!huu |hii )(?:ndio|ndiyo) mwisho wangu (?!wa |ku)| (?:hii|this) (?:ndio|ndiyo) (?:wiki|weekend|siku) $| (?:weekend|wiki) hii (?:ndio|ndiyo) (?:final|last|mwisho) (?!ya |of )| hii (?:weekend|wiki) (?:ndio|ndiyo) (?:final|last|mwisho) (?!ya |of )`,
    ),
  },
  {
    // a bare day counts only as the last sentence of the text, on its own ("… Ni Jumamosi.").
    kind: 'chosen_time',
    re: re(`^ (?:ni )?${DAYS}(?: night| morning| usiku| asubuhi)? $`),
    lastOnly: true,
  },
  {
    kind: 'message_after',
    // the Swahili reading "asubuhi/kesho"; not money, rent, fees or presents they will see.
    re: re(
      ' (?:nimeshawatumia|nimewatumia|nimemtumia|nimeshamtumia) (?:\\p{L}+ ){0,4}?(?:message|ujumbe|sms|text) (?:\\p{L}+ )?(?:watauona|wataiona|ataiona|atauona|watasoma|ataisoma) (?:asubuhi|kesho)| (?:they|she|he)(?:ll| will) (?:see|read|find) (?:it|them) (?:in the morning|tomorrow) | (?:theyll|they will|shell|she will|hell|he will) wake up to it ',
    ),
    unless: re(' (?:m ?pesa|money|pesa|rent|fees|karo|transferred|presents?|gifts?|zawadi|bible|invoice|proud) '),
  },
  {
    kind: 'gone',
    // not "gone by then from/for …", not "carry me anymore" (walking again), not "sitakuwepo kesho kazini".
    re: re(
      ' (?:ill|i will) be gone by then (?!(?:from|for|to) )| wont need (?:it|them|this|that|anything) where (?:im|i am) going | (?:nobody|no one) will (?:have to )?carry me (?!again|up|around)| hakuna (?:mtu )?(?:atakayebeba|atabeba) (?:mzigo|stress|shida) (?:wangu|zangu) | sitakuwepo (?:kuona|wiki ijayo|kesho|mwezi ujao)(?! (?:kazini|nyumbani|shuleni|darasani|pia|kwa \\p{L}+))| i wont be (?:here|around) (?:next|by|for|after|to see) | safari yangu ya mwisho | (?:at peace|calm|relieved) now that i (?:have |ve )?decided $',
    ),
    notBefore: WHEREABOUTS,
    // carried because one could not walk.
    unless: re(' (?:crutches|cast|plaster|i can walk) '),
  },
  {
    kind: 'hidden',
    // not a named ordinary thing (money, phone, bottles, cake…); not hidden from a person or "so she…"; "mahali hakuna atakaye…ona" only.
    re: re(
      ' (?:nime|nili|nimesha)(?:i|zi|vi|ki|li)ficha (?!(?:pesa|simu|phone|chupa|keki|zawadi|funguo|ripoti|fees|karo)\\b)| (?:nime|nili|nimesha)ficha (?:sumu|kamba|rope|vidonge|pills|dawa) | (?:its|it is|they are|theyre) hidden (?!(?:from|so|(?:under|in) (?:her|his)) )| (?:i|and) (?:have |ve )?(?:hid|hidden) (?:it|them|the (?:rope|pills|poison)) (?!(?:from|so) )| (?:rope|pills|poison) (?:is|are) hidden | (?:theyre|they are|its|it is) in my (?:bag|drawer|pocket) nobody knows | (?:got|bought) (?:the|a) (?:rope|poison|pills)(?: today| yesterday)? (?:and )?(?:put|hid|kept) (?:it|them) in my (?:bag|room|drawer) | (?:nime|nimesha)(?:ki|i|zi|vi)weka mahali hakuna (?:mtu )?atakaye\\p{L}*ona ',
    ),
    unless: re(
      ' (?:pesa|money|cash|doh|mshahara|salary|wezi|mwizi|thieves|thief|gift|zawadi|present|doctor|daktari|dose|prescribed|prescription|pharmacy|chemist|christmas|krismasi) ',
    ),
  },
  {
    kind: 'use_it',
    re: re(
      ' (?:nita|nta)(?:i|zi|vi)tumia (?:(?:leo )?usiku |tonight |leo )?$| (?:ill|i will|im going to|i am going to) use (?:it|them) (?:tonight |tomorrow |today )?$| tonight after everyone (?:is asleep|sleeps|has slept) $',
    ),
    // an ordinary thing named in the text is what will be used.
    unless: re(' (?:simu|phone|pesa|money|earphones|laptop|karo|fees|revise|study|kusoma) '),
  },
  // The same kinds said as a tenth blind set said them (probes10, read; RULES.md, "Warning signs").
  {
    kind: 'goodbye',
    re: re(
      ' (?:to say|saying|said) (?:bye|goodbye) (?:properly|to everyone|to all)| thank you for everything(?: and)? forgive me | (?:mnisamehe|nisameheni) kama | (?:hii|this) (?:ndio|ndiyo|is) (?:goodbye ya mwisho|the last time you will see me|last time mtaniona)| (?:hii|this) (?:ndio|ndiyo|is) (?:mara ya mwisho|the last time) $| (?:hugged|held) (?:\\p{L}+ ){1,3}longer than (?:normal|usual)| (?:texted|messaged|sent) (?:all )?(?:my )?(?:friends|family|everyone)(?: \\p{L}+){0,3} thank you for everything | (?:i )?hope (?:they|you|she|he) (?:wont|will not) be (?:too )?angry with me | (?:nawapenda|i love you) (?:nyote|wote|all) $| nimewakumbatia (?:\\p{L}+ ){0,3}kwa muda mrefu ',
    ),
  },
  {
    // thanks for listening ends every check-in: a farewell only beside a last message.
    kind: 'thanks',
    re: re(' (?:asanteni|thank you|thanks) (?:sana )?(?:kwa kunisikiliza|for listening)'),
    onlyWith: 'last_message',
  },
  {
    kind: 'secret',
    re: re(
      ' (?:hakuna|hamna) (?:anayejua|mtu anayejua)(?! (?:nina|ni)\\p{L}+)| nobody knows (?!(?:i am|im) (?:applying|saving|studying|learning))| (?:none|neither) of them (?:noticed|knew)| (?:hajui|hawajui) (?:hii|kwamba) ni goodbye| bila kuwaambia sababu | without telling (?:her|him|them) why | (?:wanadhani|anadhani) ni mzaha | (?:hakuna|hamna) (?:atakayeiona|atakayeziona|atakayeviona) | (?:its )?better (?:she|he|they) (?:doesnt|dont|does not|do not) know ',
    ),
    unless: re(' (?:pesa|money|cash|doh|surprise|gift|zawadi|present|birthday|engaged|engagement|pregnant|mimba) '),
  },
  {
    kind: 'opportunity',
    re: re(
      ' (?:wait|waiting|need) for the house to be empty $| (?:nyumba|house) (?:iwe|to be) (?:tupu|empty)(?! (?:ndio|ili|so|to) )',
    ),
  },
  {
    kind: 'gone',
    re: re(
      ' (?:wont|will not) (?:be )?need(?:ing)? (?:it|them|this|that) (?:after|anymore)| (?:sitavihitaji|sitazihitaji|sitaihitaji) | (?:once|when|after) (?:im|i am) gone (?!to )| (?:nikiwa nimeshaondoka|nikishaondoka) | (?:sitakuwa|(?:im|i am) not going to be|i wont be) around | mimi sitakuwepo $| kila kitu kitaisha | (?:i will|ill) finally rest $| (?:switched|turned) off my phone (?:and )?(?:im not|i am not|i wont)| (?:will|she will|shell|they will|theyll) understand why (?:soon|later)| mtanikumbuka | (?:i )?(?:have )?made (?:my )?peace with it $| (?:calm|peaceful|at peace|amani)(?: \\p{L}+){0,6} (?:because|since|now that|kwa sababu) (?:i (?:have )?|ive |nime(?:sha)?)(?:decided|amua|decide)(?= $| and | you know | na )| (?:please )?(?:just )?let me rest $',
    ),
  },
  {
    kind: 'entrust',
    re: re(
      ' (?<!(?:will|can|going to|would) )(?:look after|take care of|care for) (?:\\p{L}+ ){1,3}?for me (?!while )| (?:umtunze|mtunze|awatunze|amtunze|awaangalie|amchunge|achunge|awachunge) (?:\\p{L}+ ){0,3}?(?:kwa ajili yangu|juu mimi|kwa sababu mimi|for me)| skiza mathe | look after them for me like they are yours ',
    ),
  },
  {
    kind: 'gave_away',
    re: re(
      ' (?:gave|given) (?:\\p{L}+ ){0,2}?my (?:bible|good shoes|books|cows|goats|chickens|land|shamba|motorbike) (?!(?:\\p{L}+ ){0,4}?(?:to (?:manage|keep|use|hide|rear)|joining|for school))| (?:nime|nimesha|nili)(?:m|wa)?(?:kabidhi|pa|pea) (?:\\p{L}+ ){0,2}?(?:biblia|hati|funguo|mbuzi|kuku|ngombe|pikipiki|mbwa|paka|doh iliyobaki|pesa iliyobaki)| (?:land|shamba) papers are (?:with|in) (?!the (?:lawyer|lands|land office|advocate))| ashike hati ya shamba | a list of who gets my ',
    ),
  },
  {
    kind: 'letters',
    re: re(
      ' (?:wrote|written|left) (?:the|a) letter for my (?:parents|kids|children|family|mum|mom|wife|husband) | barua kwa (?:my )?(?:sister|brother|mama|mum|dada|kaka|watoto|wazazi) | (?:nime|nili)andika (?:barua|letters?) (?:kwa|to) (?:watoto|wanangu|family|familia|mama|wazazi)| nimeandikia mama barua ',
    ),
  },
  {
    kind: 'message_after',
    re: re(
      ' (?:wataziona|wataiona|watauona|ataiona|atauona) (?:kesho|asubuhi|alfajiri)| (?:theyll|they will) find (?:it|them) (?:tomorrow|in the morning|kesho)| when they find my (?:message|letter|note)(?! on the (?:fridge|table))| (?:utumwe|itumwe|zitumwe) (?:alfajiri|asubuhi) ',
    ),
  },
  {
    kind: 'chosen_time',
    re: re(
      ` tonight ni tonight | (?:ijumaa|jumamosi|jumapili|friday|saturday|sunday) (?:usiku |night )?(?:kila kitu kitaisha|kila kitu kitakuwa kimya|will be quiet)| on ${DAYS}(?: night)? i will finally `,
    ),
  },
];

/** An ordinary occasion: goodbyes, gifts, dates and debts of a wedding, a party, a move or a trip are what they seem.
 * ("safari yangu ya mwisho", my last journey, "safari ndefu", and "moving on from this life" are no trip.) */
const OCCASION = re(
  ' (?:trip|travel\\p{L}*|flight|fly|flying|airport|holiday|abroad|visa|moving(?! on)|relocat\\p{L}*|new job|safari(?! yangu ya mwisho| ndefu)|kusafiri|nasafiri|nitasafiri|likizo|ushago|uwanja wa ndege|kuhamia|nahamia|nitahamia|ill be back|i will be back|nitarudi|see you (?:soon|when)|charity|wedding|harusi|birthday|surprise|party|sherehe|ruracio|dowry|mahari|harambee|contract|mkataba|burial|mazishi|boarding school|graduation|retire\\p{L}*|retirement|exiting|audit|meeting|while im (?:in|at|away)|for the week|nikiwa safarini|kikao|mkutano|saudi|qatar|dubai|oman|uarabuni|ughaibuni|nje ya nchi|baptism|ubatizo|dedication|election|project|presentation|renovation|nimehamishwa|transferring|season) ',
);

/** The plan or act that the warning signs of a whole text add up to, if any; `cs` the text's clauses. */
export function warningSigns(cs: readonly Clause[]): LanguageFactor | undefined {
  // A laugh anywhere makes these ordinary words a joke; the cues' own readings still judge any word of dying.
  if (cs.some((c) => LAUGHING_WORDS.test(c.text))) return undefined;
  const act = warningActs(cs);
  if (act || cs.some((c) => OCCASION.test(c.text))) return act;
  const seen = new Map<string, Clause>();
  const lastSentence = cs.length ? cs[cs.length - 1]!.sentence : -1;
  for (const [i, c] of cs.entries())
    for (const s of SIGNS) {
      if (seen.has(s.kind) || !s.re.test(c.text) || cs.some((d) => s.unless?.test(d.text))) continue;
      if (s.notBefore && cs[i + 1] && s.notBefore.test(cs[i + 1]!.text)) continue;
      if (s.lastOnly && !(c.sentence === lastSentence && cs.filter((d) => d.sentence === c.sentence).length === 1))
        continue;
      seen.set(s.kind, c);
    }
  for (const s of SIGNS) if (s.onlyWith && seen.has(s.kind) && !seen.has(s.onlyWith)) seen.delete(s.kind);
  if (seen.size < 2) return undefined;
  return { code: 'ideation_plan', tier: 'plan', span: shortSpan([...seen.values()][0]!.raw) };
}
