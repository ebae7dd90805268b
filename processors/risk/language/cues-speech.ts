import type { Cue } from './patterns.js';
import { NOT_ONES_OWN_DAY, NOT_ONES_OWN_END, ORDINARY_FAREWELL, re, SW_WANT } from './words.js';

// Wordings of the C-SSRS tiers that a blind probe set (RULES.md, "Probes") showed missing: check-in speech in English,
// Swahili and Sheng, written by a helper who had not seen the rules. No method is named.

export const SPEECH_CUES: readonly Cue[] = [
  // Passive: asking why to go on, asking God to take one, being no loss, no longer fearing death, rest forever.
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(
      ' why (?:should|would|do|must) i (?:keep|continue|go on|carry on) (?:living|going on|being alive|being here) | (?:mbona|kwa nini|kwanini) (?:ni)?(?:endelee|niendelee) (?:ku)?ishi | sioni (?:haja|sababu|umuhimu|maana) ya (?:kuendelea )?(?:ku)?ishi(?! (?:na|kwa|hapa|mjini|huku)\\b) ',
    ),
    negativeForm: true,
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:pray|praying|prayed|hope|hoping|wish|wishing|ask|asking|beg|begging) (?:\\p{L}+ ){0,4}(?:god|lord|jesus|allah) (?:will |would |to |could )?(?:just )?takes? me(?= (?:away(?! from)|now|in my sleep|soon|already|to (?:him|heaven)) | $) | (?:namwomba|naomba|nimwombe|ninamwomba|nimemwomba) mungu (?:a|ani)?(?:nichukue|anichukue) | mungu anichukue ',
    ),
  },
  {
    tier: 'passive',
    code: 'burden',
    selfReferring: true,
    re: re(
      ' (?:kila mtu|wote|familia yangu|watu|kila mmoja) (?:wangekuwa|angekuwa|watakuwa|ingekuwa|atakuwa) (?:na furaha|bora|sawa|salama|poa)(?: zaidi)? bila mimi(?! (?:wiki|nikiwa|kwa|leo|kesho)\\b) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' (?:siogopi|sioogopi) (?:tena )?(?:kufa|kifo|kudedi|kudie)(?! (?:kwa ajili|kwa sababu ya imani|kwa imani)\\b) | (?:i am|am) (?:not|no longer) (?:scared|afraid) (?:to die|of dying|of death) anymore ',
    ),
  },
  {
    tier: 'passive',
    code: 'death_solution',
    re: re(
      ' (?:death|dying) (?:is|seems|feels like|looks like) (?:like )?(?:the |my )?(?:only )?(?:solution|way out|answer|option|choice|only way)(?! to eternal| to heaven| to god) | (?:kifo|kufa) (?:ndio|ni) (?:suluhisho|jibu|njia (?:pekee|yangu|ya pekee)) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:want to|wanna|wish i could|just want to|nataka|natamani|ningependa) (?:\\p{L}+ )?(?:kupumzika|pumzika|rest|sleep|kulala) (?:milele|forever|for ever|for good|eternally)(?! (?:this|after|until|on|till|tomorrow|tonight|today)\\b) | nipumzike milele ',
    ),
  },
  // Wanting to go with a dead parent who calls: "telling me to join him and i want to".
  {
    tier: 'passive',
    code: 'wish_dead',
    selfReferring: true,
    re: re(
      ' (?:telling|tells|told|asking|asks) me to (?:join|come to|be with) (?:him|her|them)(?: \\p{L}+){0,3} i (?:want|wanna) to ',
    ),
  },
  // Wanting to join someone who died: the match starts at the other's death, the wish is the speaker's.
  {
    tier: 'passive',
    code: 'wish_dead',
    selfReferring: true,
    re: re(
      ' (?:died|passed away|death|alikufa|alifariki|aliaga dunia)(?: [\\p{L}\\p{N}]+){0,12} (?:think|thinking|thought|want|wanna|wish|nataka|nawaza) (?:about |of |to )?(?:join(?:ing)?|kumfuata|kuungana na) (?:her|him|them|yeye|my \\p{L}+)(?! (?:in|for|at|on|to)\\b) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' i (?:will|am going to) be gone (?:soon|forever|for good)(?! (?:for|on|to|next|i got|my)\\b) '),
  },
  // Active: suicide as the answer, lacking courage (Swahili, Sheng), no longer being here (intent when timed).
  {
    tier: 'active',
    code: 'suicide_solution',
    re: re(
      ' (?:kujiua|suicide|kujitoa uhai|kujimaliza|killing myself|ending it all|ending my life) (?:ndio|ni|is|seems|feels like|looks like) (?:like )?(?:the |my )?(?:only )?(?:suluhisho|solution|way out|answer|jibu|njia|option|choice|way) ',
    ),
  },
  {
    tier: 'active',
    code: 'no_courage',
    negativeForm: true,
    re: re(
      ' sina (?:courage|ujasiri|nguvu|guts) (?:ya|wa|za) (?:kujiua|kujimaliza|kujitoa uhai) | (?:no|the|enough|any) (?:courage|guts|nerve) (?:left )?to (?:just )?end it(?! (?:with|for|now with)\\b) ',
    ),
  },
  {
    tier: 'active',
    code: 'not_here',
    negativeForm: true,
    re: re(
      ' i (?:will not|wont|will no longer|am not going to|am not gonna) be alive (?:next|tomorrow|by|much longer|for long|anymore|after)(?!(?: \\p{L}+){0,8} (?:lol|haha|if i dont|unless|marathon|coffee)) | (?:sitakuwa hai|sitakuwa duniani) ',
    ),
  },
  // Preparatory acts (C-SSRS): looking up ways and a survived attempt are behaviour; farewell letters and giving
  // one's things away (below) a plan.
  {
    tier: 'behaviour',
    code: 'preparation',
    re: re(
      ' (?:looking up|look up|looked up|googling|googled|searching|searched|researching|researched|reading about|read about) (?:\\p{L}+ ){0,2}(?:ways|how|methods) to (?:die|kill myself|end (?:it|my life)|commit suicide) | (?:natafuta|nimetafuta|kutafuta|nilitafuta) njia (?:za|ya) (?:kujiua|kufa|kujimaliza) ',
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' i (?:survived|made) (?:my|the|an|a) (?:last |suicide )?attempt(?! (?:at|to|of|on|the|a|an|with) ) '),
  },
  // Not being here any more or around for long: a wish; a time named raises it to active thoughts (upgrade.ts).
  {
    tier: 'passive',
    code: 'not_here',
    negativeForm: true,
    re: re(
      ' i (?:will not|wont|will no longer|am not going to|am not gonna) be (?:here|around) (?:much longer(?! (?:at|in)\\b)|for long(?! (?:at|in)\\b)|anymore|any longer|(?:next \\p{L}+|tomorrow|by \\p{L}+(?: \\p{L}+){0,4})(?! (?:because|coz|cause|since|we|i am|im|i have|for|on|my|at|to|i|the)\\b)) | sitakuwepo(?! (?:kazini|nyumbani|shuleni|ofisini|kanisani|mjini|hapa|kwa|leo|kesho|wiki|kesho (?:kazini|nyumbani))) ',
    ),
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:letters?|barua|ujumbe|note) (?:\\p{L}+ ){0,4}(?:for after|za kuwaaga|ya kuwaaga|ya goodbye|of goodbye|ya kuaga) | (?:barua|ujumbe) (?:za|ya|wa) (?:kuwaaga|kuaga)(?! (?:kwa )?(?:mwalimu|wenzangu|kazini|mstaafu|bosi)\\b) | (?:nimeshaandika|nimeandika|niliandika|nimewaandikia|nimeacha) (?:barua|ujumbe|letter|note) (?:kwa|ya|wa) (?:watoto|familia|mama|mke|mume|wazazi|rafiki)\\p{L}*(?: \\p{L}+){0,3} (?:ya mwisho|kuwaaga|kuaga|kwaheri|goodbye|nimeuweka|nimeificha|nikiondoka) | (?:kugawa|nagawa|nimegawa|ninagawa|nimeanza kugawa|kupeana|nimepeana|napeana|nimeanza kupeana) vitu (?:vyangu|zangu|vyote) ',
    ),
    unlessNear: ORDINARY_FAREWELL,
  },
  // Plan: the last time anyone hears from the speaker, tonight as the end (not the end of the month, a last day at work).
  {
    tier: 'plan',
    code: 'farewell',
    re: re(
      ` (?:this is|it is|its) the last time (?:you|anyone|they) (?:will )?(?:hear from|see) me | last time (?:youll|you will) (?:hear from|see) me | (?:hii ndio|hii ni) mara ya mwisho (?:mta|uta|m)(?:nisikia|niona) | (?:tonight|leo usiku) (?:is|ndio|ni) (?:the night|the end|mwisho)(?= $| i (?:end|do it|die|go|leave|kill)| (?:and|so|i just) ) | (?:kesho|leo|tonight|tomorrow) (?:ndio|ni|is) (?:siku yangu ya mwisho|my last day)${NOT_ONES_OWN_DAY}| (?:kesho|leo|tonight|tomorrow) (?:ndio|ni|is) (?:mwisho|the end)${NOT_ONES_OWN_END} `,
    ),
  },
  // Wordings of train4 (TRAIN4.md, read): wanting to disappear, wishing not to be here, done with life, the will to
  // live lost, alive only for someone, angry to wake up, a day without the thoughts, a deadline, a way to leave.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:want|wanna|wish i could|i could just) (?:to )?(?:\\p{L}+ ){0,7}?disappear(?! (?:into|in a|for the|to the|with|from the room)\\b) | wish i (?:wasnt|was not|werent|were not) (?:here(?! (?:in|at|today|now|with)\\b)|alive|around|born) | (?:i am|im) (?:\\p{L}+ )?done with (?:life|living|this life|being alive) | (?:lost|losing|have no|no) (?:all )?(?:\\p{L}+ and )?(?:the |my )?will to live | (?:dont|do not) (?:really |even )?feel like living(?! (?:with|in|at|here|there|like this|alone)\\b) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:only |just )?(?:staying|stay|kept|keeping|keep) (?:myself )?alive (?:only |just )?(?:because of|for the sake of|for) (?:my|the|him|her|them) | (?:mad|angry|upset|disappointed|annoyed|pissed) (?:that |because )?(?:i |they |we )?(?:still )?(?:woke|wake) up(?! (?:late|early|on time|at|before|after|my|the|her|him|them|everyone|someone)) | have to live another day(?! (?:without|at|in|with|of)\\b) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    negativeForm: true,
    re: re(
      ' (?:a|the first|first|one|the only) day (?:\\p{L}+ ){0,4}?(?:when |that |where )?i (?:dont|do not|didnt) (?:think|thought) about (?:killing myself|suicide|ending it|ending my life|dying) | (?:want|wanna|going|ready|plan|planning) to leave this world ',
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    negativeForm: true,
    re: re(
      ' give myself (?:at most |only |another )?(?:\\p{N}+|a|one|two|three|few|six) (?:more )?(?:days?|weeks?|months?)(?= $| (?:at most|max|maximum|and then|then i|before i|to live|left)\\b) | i (?:will not|wont) (?:live|be alive) (?:beyond|past|longer than|to see) | (?:found|have|know) (?:a|the) way to (?:leave this world|end it(?! (?:is|with|peacefully)\\b)|end my life|die) ',
    ),
  },
  // Wordings the second blind probe set (PROBES.md, long posts) showed missing.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:hoping|hope|hoped|wish|wished|wishing|pray|prayed|praying) (?:that )?i (?:just )?(?:wont|will not|wouldnt|would not) (?:be here|wake up|make it to(?! (?:the meeting|work|class|school|on time)\\b)) | (?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:something|a car|a bus|an accident|a truck) (?:just )?(?:happens to|hits|kills|takes) me | (?:hoping|hope|wish|wishing|pray|praying) (?:that )?my heart (?:just )?(?:stops|would stop|gives out|will stop) | (?:hoping|hope|wish|wishing|pray|praying) (?:that )?my heart (?:(?:would|will|could) just (?:stop|give out)|could stop|stopped)(?: beating)?(?= $| (?:in my sleep|tonight|already|forever|now|and|so i|i)\\b) | (?:relief|relieved|peace|peaceful|comfort|comforting|calm) (?:\\p{L}+ ){0,5}(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead|not being here|it being over) | (?:stop|quit) being alive | (?:die|died|dying) (?:\\p{L}+ ){0,4}(?:i would|id|i d) (?:just )?(?:let it happen|welcome it|not mind|be fine with it) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    selfReferring: true,
    re: re(
      ' (?:the |my |these |those )?(?:thoughts|urges) (?:about|of) (?:ending my life|killing myself|suicide|ending it) (?:\\p{L}+ ){0,2}(?:are|is|have|has|came|come|coming) back | (?:killed|kill|took) (?:him|her|them)sel(?:f|ves)(?: [\\p{L}\\p{N}]+){0,20} i (?:want|wanna|think about|thought about|might|will) (?:to )?(?:do|doing) the same ',
    ),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' (?:i )?(?:tried|attempted|try) to end (?:it|things|it all|everything)(?= $| (?:last|on|and|but i|yesterday|again|twice|before|\\p{N})\\b) | (?:after|since|before) my (?:last |latest |recent )?(?:suicide )?attempt(?= $| (?:i|and|on|last|in hospital|\\p{N})) | (?:made|make) (?:another|an|one more) (?:suicide )?attempt(?= $| (?:on my life|last|and i woke|in hospital)) | (?:found|stopped|caught) me (?:\\p{L}+ ){0,3}before i (?:could )?(?:finish|finished|did it|went through with it)(?! \\p{L}) ',
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    negativeForm: true,
    re: re(
      ' i know (?:how|where) and (?:i know )?when | i know when and (?:i know )?(?:how|where) | my plan is to (?:do it|end it(?! (?:with)\\b)|die(?! (?:my)\\b)|kill myself) | (?:so|where) (?:nobody|no one) (?:i love |who loves me )?(?:will find|finds|would find) me(?= $| first| until| dead| before) | (?:wont|will not) need (?:any of (?:it|them|this)|my things|my stuff) (?:soon|anymore|where i am going) | i (?:am not going to|am not gonna) be alive (?:by|next|after|tomorrow)(?!(?: \\p{L}+){0,8} (?:lol|haha|if i dont|unless|marathon|coffee)) ',
    ),
  },
  // Wordings train6 (TRAIN6.md, read after its first scoring) showed missing.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:only thing|all) (?:i|you) (?:look|looking) forwards? to is (?:death|dying|the end(?! (?:of)\\b)|not waking up) | wish i (?:had|would have|d) (?:just )?(?:killed myself|died|not survived|succeeded) | (?:vanish|disappear) (?:\\p{L}+ ){0,2}(?:and never come back|forever|for good|and never return) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    negativeForm: true,
    re: re(
      ' (?:only reason|the reason) (?:why )?i (?:havent|have not|didnt|did not|dont|do not) (?:killed myself|kill myself|ended it(?! (?:with)\\b)|ended my life) | (?:will|going to|gonna) end up (?:ending it(?! (?:with)\\b)|killing myself) | (?:the )?(?:worst|bad|strong|constant|daily) (?:suicidal )?ideations? ',
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:really |so |very )?(?:close to|near to|on the edge of|on the verge of) (?:killing myself|ending it(?! (?:with)\\b)|ending my life|suicide) ',
    ),
  },
  // Wordings the third blind probe set (spoken check-ins) showed missing: a last day or week, the means ready.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` (?:this|today|tonight|tomorrow|leo|kesho) (?:is|will be|ni|ndio) (?:my last (?:day|week|night)|siku yangu ya mwisho|wiki yangu ya mwisho)${NOT_ONES_OWN_DAY} | have (?:what|everything|all) i need (?:\\p{L}+ ){0,2}(?:hidden|ready(?! (?:for|to go)\\b)|to do it|to end it) | (?:nimeshapata|nimepata|niko na) kila kitu (?:nitatumia|ninachohitaji)(?! (?:kwa|ya)\\b) `,
    ),
  },
  // No desire or will to live (left to the learned layer before).
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' (?:no|zero|lost (?:all )?(?:my )?|(?:no longer|dont|do not) have (?:any )?) ?(?:desire|will|reason|motivation) to (?:live|keep living|go on|stay alive)(?! (?:in|with|at|there|here|like|abroad|near)\\b) | (?:dont|do not) (?:really )?think (?:that )?i (?:want|wanna|wish) to (?:live|be alive|exist|go on|keep living)(?! (?:in|with|at|there|here|like|abroad|near|the|a|holiday|trip)\\b) ',
    ),
  },
  // An urge to self-harm now ("i want to cut so badly"): no act, no wish to die, but a clinician follows it up.
  {
    tier: 'passive',
    code: 'self_harm_urge',
    re: re(
      ' (?:i )?(?:want|wanna|need|urge|urges|itching) to (?:cut (?:myself|again|so badly|so bad)|hurt myself|harm myself|self harm) ',
    ),
  },
  // Sheng wanting to end oneself, after normalise.ts turns "kuji-end" into "kujimaliza".
  { tier: 'active', code: 'suicidal_thoughts', re: re(` ${SW_WANT} (?:tu )?kujimaliza `) },
];
