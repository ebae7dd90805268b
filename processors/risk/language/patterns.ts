// Crisis-language cues in English, Swahili and Sheng (our own rule set, written from the C-SSRS screener's
// questions and the phrases of the system this implements; see RULES.md). Patterns run on normalise.ts output:
// lower case, no apostrophes, words separated by one space, a space at each end. No method of self-harm is named
// anywhere: a plan is recognised by intent, timing and preparation, never by means.

export type Tier = 'passive' | 'active' | 'plan' | 'behaviour';

export interface Cue {
  tier: Tier;
  code: string;
  re: RegExp;
  /** The cue is itself a negative form ("dont want to live"): a negator inside it does not cancel it. */
  negativeForm?: boolean;
  /** A noun phrase ("suicide attempt", "self harm"): the speaker's own only with a first-person word in the clause. */
  needsOwner?: boolean;
}

const re = (source: string) => new RegExp(source, 'u');
// Swahili first person singular subject prefixes: ni-/n- present, nili- past, nime- perfect, nita- future.
const SW_WANT =
  '(?:ni)?(?:na|ta|li)(?:taka|tamani|penda|wazia|waza|fikiria|fikiri|jis?ikia(?: kama)?|jiskia(?: kama)?|hisi kama)';
const EN_SELF_KILL =
  '(?:kill(?:ing)? my ?self|end(?:ing)? (?:my|it) (?:own )?life|end(?:ing)? it all|tak(?:e|ing) my (?:own )?life|suicide|commit suicide)';

export const CUES: readonly Cue[] = [
  // Passive: a wish to be dead or not to wake up (C-SSRS question 1).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:wish|hope) (?:that )?i (?:was|were|could be|would be) dead '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:wish|hope) (?:that )?i (?:dont|do not|never|wont|would not) wake up '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:i )?(?:wish|hope) i could (?:just )?(?:die|disappear|stop existing|not exist|not wake up|never wake up|sleep forever) ',
    ),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(' (?:i )?(?:really |just |kinda |sometimes )?(?:want|wanted|need) to (?:just )?die '),
  },
  { tier: 'passive', code: 'want_die', re: re(' i am (?:ready|willing) to die ') },
  { tier: 'passive', code: 'want_die', re: re(' (?:i )?(?:would|d) rather (?:be dead|die) ') },
  { tier: 'passive', code: 'better_dead', re: re(' (?:i (?:would|d|am) be |i am )?better off dead ') },
  {
    tier: 'passive',
    code: 'better_dead',
    re: re(' (?:everyone|they|people|my family|the world) (?:would|will|d) be better (?:off )?without me '),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(
      ' (?:i )?(?:dont|do not|no longer|dont even) (?:really )?(?:want|wish) to (?:live|be alive|exist|wake up|go on|keep living|continue living) ',
    ),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(' i (?:cant|can not|cannot) (?:go on|keep going|do this) (?:living|anymore|any more) '),
  },
  {
    tier: 'passive',
    code: 'tired_living',
    re: re(' (?:i am )?(?:so )?(?:tired|sick) of (?:living|being alive|life itself) '),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(' (?:i )?(?:want|wish) (?:for )?(?:it|everything|my life) (?:all )?to (?:end|be over) '),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(` ${SW_WANT} (?:tu )?(?:kufa|kudie|kudedi|kuondoka duniani|kulala milele|kumaliza maisha yangu) `),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(' (?:ni )?(?:bora|heri|afadhali) (?:tu )?(?:nife|ningekufa|nisingezaliwa|niondoke duniani) '),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(' (?:natamani|ningependa|laiti) (?:ningekufa|nife|nisiamke|nisingeamka) '),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(' (?:si|sina )(?:taki|tamani|hamu ya) (?:tena )?(?:kuishi|kuendelea kuishi|kuamka|maisha) '),
  },
  {
    tier: 'passive',
    code: 'tired_living',
    re: re(' nimechoka (?:na )?(?:kuishi|maisha haya|hii life|life hii|kuwa hai) '),
  },
  // Active: thoughts of killing oneself (C-SSRS question 2).
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ` (?:i )?(?:want|wanted|need|think|thought|thinking|keep thinking|have been thinking|been thinking|considering|consider) (?:to |about |of )?(?:just )?${EN_SELF_KILL} `,
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:i am|i feel|feeling|i have been|ive been|been) (?:so |really |very )?suicidal '),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:thoughts|ideas|urges) (?:of|about) (?:suicide|killing myself|ending my life) '),
    needsOwner: true,
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:i )?(?:could|should|might|will|would) (?:just )?kill myself '),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:i )?(?:want|wanna|need) to (?:end|finish) (?:it|this|everything|things) '),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ` ${SW_WANT} (?:tu )?(?:kujiua|kujitoa uhai|kujiondoa uhai|kujitoa roho|kujimaliza|kuend life|suicide|kujiua) `,
    ),
  },
  { tier: 'active', code: 'suicidal_thoughts', re: re(' (?:mawazo|fikra) ya (?:kujiua|kujitoa uhai|kujimaliza) ') },
  // Intent (C-SSRS question 4): saying one will do it is graded as a plan.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:i )?(?:am going|am planning|plan|planning|will|shall|am about|going) to (?:just )?(?:kill myself|end my life|take my life|commit suicide|end it all) ',
    ),
  },
  { tier: 'plan', code: 'intent', re: re(' i will (?:just )?(?:kill myself|end my life|end it all) ') },
  {
    tier: 'plan',
    code: 'intent',
    re: re(' (?:nitaji|ntaji|ngoja niji|wacha niji|acha niji)(?:ua|maliza|toa uhai|toa roho) '),
  },
  // Plan: intent, timing or preparation (C-SSRS questions 3–5).
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:i )?(?:have|made|got|have got) (?:a |the )?plan (?:to|for|of) (?:kill|end|how|suicide|dying|die) '),
  },
  { tier: 'plan', code: 'plan', re: re(' (?:i have|ive) (?:decided|made up my mind) (?:to|how|when) ') },
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:wrote|written|writing|write) (?:a |my )?(?:suicide |goodbye )?(?:note|letter) '),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:saving|saved|stockpiling|collecting|got|bought) (?:up )?(?:the |enough )?(?:means|stuff|things) (?:to|for) (?:do it|end it|kill myself) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:nimepanga|nina mpango wa|mpango wangu (?:ni|wa)) (?:kujiua|kufa|kujitoa uhai|kujimaliza) '),
  },
  { tier: 'plan', code: 'plan', re: re(' (?:nimeandika|naandika) (?:barua|ujumbe) (?:ya|wa) (?:kuaga|mwisho) ') },
  // Behaviour: a recent attempt, an interrupted one, preparation or self-harm (C-SSRS behaviour items).
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' (?:i )?(?:tried|attempted|try) to (?:kill myself|end my life|take my life|commit suicide|die) '),
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' (?:my )?(?:suicide attempt|attempted suicide|attempt on my life) '),
    needsOwner: true,
  },
  { tier: 'behaviour', code: 'attempt', re: re(' (?:i )?(?:took|swallowed) (?:an |a )?overdose ') },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(' (?:i )?(?:cut|cutting|hurt|hurting|harmed|harming|burned|burning) my ?self '),
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(' (?:i )?(?:self harm|selfharm|self harmed|self harming) '),
    needsOwner: true,
  },
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' (?:nili|nime|nilishawahi )?jaribu (?:kujiua|kujitoa uhai|kujitoa|kujimaliza|kufa|kudedi) '),
  },
  { tier: 'behaviour', code: 'self_harm', re: re(' n\\p{L}{0,8}?ji(?:kata|dhuru|umiza|choma) ') },
  // Found missing on the development set (bench/eval/data/risk): further wordings of the same tiers.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:would|d) rather (?:not|never) (?:wake up|be here|be alive|exist|live) '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:dont|do not|cant|cannot|no longer)(?: even)?(?: bring myself to)? care (?:if|whether) i live or die '),
  },
  {
    tier: 'passive',
    code: 'better_dead',
    re: re(' better off (?:not (?:in this world|here|alive|existing|around)|gone|not being born) '),
  },
  {
    tier: 'passive',
    code: 'better_dead',
    re: re(
      ' i (?:shouldnt|should not|dont deserve to|do not deserve to) (?:be here|be alive|exist|live|be in this world) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:wish|wished|hope|hoped|pray|prayed) (?:for )?(?:that )?(?:an accident|something|a car|god) (?:would |to |will )?(?:\\p{L}+ ){0,3}(?:take me|take it|kill me|end (?:it|me|my life)) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:natamani|nawish|naomba|ningependa) (?:\\p{L}+ )?(?:ajali|accident|mungu)(?: \\p{L}+){0,2} (?:iniondoe|inimalize|inichukue|aniondoe|anichukue|niondoke|nife) ',
    ),
  },
  { tier: 'passive', code: 'wish_dead', re: re(' nisiamke ') },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' sijali (?:tena )?kama (?:nitaishi|naishi|niko hai|ninaishi)(?: \\p{L}+)? (?:au|ama) (?:nitakufa|nakufa|nadedi|nikufe|nife) ',
    ),
  },
  {
    tier: 'passive',
    code: 'better_dead',
    re: re(
      ' (?:bora|heri|afadhali|ingekuwa (?:bora|better|heri))(?: kama)? (?:tu )?(?:nisingekuwepo|singekuwa|sikuwa|ningekuwa nimekufa|ningekuwa nimededi|ningekufa|nisingezaliwa) ',
    ),
  },
  {
    tier: 'passive',
    code: 'better_dead',
    re: re(' (?:sipaswi|sistahili) (?:kuwa hai|kuishi|kuwa hapa|kuwa duniani|kuwepo) '),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' suicidal (?:thoughts|ideation|feelings|urges|mind) '),
    needsOwner: true,
  },
  { tier: 'active', code: 'suicidal_thoughts', re: re(' (?:naji(?:ua|maliza|toa uhai)|ninajiua) ') },
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` nime(?:sha)?(?:amua|decide|kata shauri)(?: \\p{L}+){0,3}? (?:kujiua|kujimaliza|kujitoa uhai|kufa|kudedi|naji\\p{L}+|nitaji\\p{L}+) `,
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(' (?:leo|kesho|usiku huu|leo usiku) (?:ndio|ndiyo|ni) (?:mwisho|siku yangu ya mwisho|mwisho wangu) '),
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(' (?:today|tonight|tomorrow) (?:is|will be) (?:my last day|the end|the day i (?:die|go)) '),
  },
  // Second extension of the development set: plans by preparation and intent, wishes phrased as tiredness of waking.
  { tier: 'passive', code: 'wish_dead', re: re(' (?:tired|sick) of waking up | nimechoka kuamka | tired of kuamka ') },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:still )?wish (?:every day |everyday )?(?:that )?i (?:had|would have) succeeded '),
  },
  { tier: 'passive', code: 'want_die', re: re(' (?:about )?wanting to (?:die|be dead|not exist|disappear) ') },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:i have |i )?(?:planned|plan|decided|made up my mind) (?:to|on|how to) (?:method|my method|how|the method|do it|end it|go through with it) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:my|an|the) (?:exit strategy|way out|method) (?:is|has|was|brought)? ?| decided on (?:my|a|the) (?:method|way|date) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:dont|do not|have no) (?:intend|intention|plan)(?:ion)? (?:on|to|of) (?:return|returning|come back|coming back|being here|waking up) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:the|my) time is (?:near|coming|close|here) | (?:go|going) through with it | (?:my|the) (?:goodbye |suicide )?notes? (?:are|is)? ?(?:ready|written|done)? ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:would|will|does|could|can) (?:\\p{L}+ ){1,5}kill me | (?:ita|itani)(?:ua|maliza|niua|nimaliza) '),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:nimepanga|nime plan|nimeplan|nimeshapanga) method | njia yangu ya kuondoka | exit yangu | (?:sina|sina nia|sina mpango) (?:nia |mpango )?(?:ya|wa) kurudi | (?:wakati|saa|time) (?:umekaribia|imefika|imekaribia) | barua (?:zangu )?za kuaga | notes (?:zangu )?za kuaga | (?:nitaamua|nishadecide|nimeshaamua) (?:\\p{L}+ ){0,3}(?:kulitekeleza|kuimaliza|nitatumia|nitafanya) ',
    ),
  },
  // Common wordings of the same C-SSRS questions, written from the screener's examples and clinical usage, not from
  // any evaluation set: the point of living, being done with life, wishing never to have been born, preparations.
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(' (?:whats|what is) the point (?:of|in) (?:living|life|going on|being alive|being here|waking up) '),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(
      ' (?:dont|do not|cant|cannot|can not) see (?:the|any) (?:point|reason) (?:in|of|to) (?:living|life|go on|going on|being alive|being here|keep living) ',
    ),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(' no (?:point|reason) (?:in|to|of) (?:living|go on|going on|being alive|keep living|carry on) '),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(' (?:life|living) (?:is not|isnt|is no longer|aint|not) worth (?:living|it) '),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(' (?:dont|do not) want to (?:be here|exist|be around|be on this earth) (?:anymore|any more|any longer) '),
  },
  {
    tier: 'passive',
    code: 'done_with_life',
    re: re(
      ' (?:i am|i feel) (?:so )?(?:done|finished) with (?:life|living|everything|it all|this world) | (?:i )?(?:give|gave|giving) up on (?:life|living) ',
    ),
  },
  { tier: 'passive', code: 'wish_dead', re: re(' (?:i )?wish (?:that )?i (?:was|were|had) never (?:been )?born ') },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:want|wish|wanted) to (?:just )?(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:i )?(?:want|wish|need) to (?:just )?(?:disappear|vanish|cease to exist|stop existing|not be alive|be gone) ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:nobody|no one|noone) would (?:miss|notice|care)(?: \\p{L}+){0,2} if i (?:was|were|am) (?:gone|dead|died) | if i (?:died|was gone|were gone) (?:nobody|no one|noone) would (?:care|notice|miss me) ',
    ),
  },
  {
    tier: 'passive',
    code: 'thinks_death',
    re: re(
      ' i (?:keep |often |always |sometimes )?(?:think|thinking|thought) (?:a lot )?about (?:dying|death|not being here|not existing|being dead) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:i )?(?:think|thinking|thought|considering|consider) (?:about |of )?(?:ending it|ending things|ending everything|ending it all|taking my own life|not being alive anymore) ',
    ),
  },
  { tier: 'active', code: 'suicidal_thoughts', re: re(' (?:i )?(?:want|going|need) to end (?:it|things|everything) ') },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:i )?(?:gave|giving|give) away (?:all )?(?:my|of my) (?:things|stuff|belongings|possessions|clothes) | (?:wrote|writing|made) (?:my|a) will | (?:said|saying) (?:my )?goodbyes | this is (?:my )?goodbye | goodbye (?:everyone|world|forever) ',
    ),
  },
  { tier: 'passive', code: 'want_die', re: re(` ${SW_WANT} (?:tu )?(?:kupotea|kutoweka|kuondoka kabisa) `) },
  { tier: 'passive', code: 'tired_living', re: re(' nimechoka (?:na )?(?:maisha|dunia|hii dunia) ') },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:nikifa|nikiondoka) (?:hakuna|hamna) (?:mtu )?(?:atakayejali|atajali|atakayenikumbuka|atanikumbuka) | (?:natamani|heri|bora) (?:ningekuwa )?nisingezaliwa ',
    ),
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:nimegawa|nagawa|nimewapa watu) vitu vyangu | naaga (?:kila mtu|dunia|wote) | kwaheri (?:dunia|kila mtu|ya mwisho|milele) ',
    ),
  },
];

/** Words that cancel a cue when they govern it ("dont want to die", "sitaki kufa"), in negative-form cues not. */
export const NEGATOR_WORDS = new Set([
  'not',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'cant',
  'cannot',
  'shouldnt',
  'isnt',
  'aint',
  'sitaki',
  'sipendi',
  'siwezi',
  'sijawahi',
  'sikutaka',
  'sitaweza',
  'sitajiua',
  'sitakufa',
  'si',
  'hapana',
]);
/** Words that may stand between a negator and what it negates ("not really going to", "sitaki kabisa"). */
export const NEGATION_FILLER = new Set([
  'i',
  'am',
  'be',
  'do',
  'did',
  'will',
  'would',
  'really',
  'even',
  'ever',
  'actually',
  'just',
  'want',
  'going',
  'to',
  'plan',
  'planning',
  'intend',
  'think',
  'thinking',
  'thought',
  'feel',
  'like',
  'about',
  'of',
  'have',
  'any',
  'kabisa',
  'tena',
  'hata',
  'kamwe',
]);

/** Who a clause is about: the last subject before a cue decides (" i " is the speaker; anyone else is a report). */
export const SUBJECTS = new RegExp(
  ' (i|me|he|she|they|him|her|them|hes|shes|theyre|someone|somebody|who|whos|whom|people|friends|(?:my|our|his|her|their|a) (?:best |step|grand|late |older |younger |little |big |\\p{L}+ )?(?:friend|brother|sister|mom|mum|mother|dad|father|son|daughter|cousin|wife|husband|boyfriend|girlfriend|partner|classmate|roommate|neighbou?r|colleague|kid|child|uncle|aunt|parent|family|relative|fiance|fiancee|ex|student|patient|client)s?|(?:rafiki|kaka|dada|mama|baba|mtoto|jirani|mwenzangu|mpenzi|binamu)(?: \\p{L}+)? (?:yangu|wangu|wetu))(?= )',
  'gu',
);
/** Someone else's ideation inside the cue's own words (Swahili third-person prefixes, English reflexives). */
export const REPORTED = re(
  ' (?:himself|herself|themselves|(?:ana|wana|ali|wali|ame|wame)(?:taka|tamani|fikiria|waza|jaribu)\\p{L}*) ',
);

/** Someone else's ideation reported: kept as a third-party factor for follow-up. */
export const OTHERS_IDEATION = re(
  ' (?:wants?|wanted|is going|was going|tried|attempted|is thinking about|keeps talking about|talks about|threatened) (?:to )?(?:die|kill(?:ing)? (?:himself|herself|themselves)|end(?:ing)? (?:his|her|their) (?:own )?life|suicide|commit suicide) | (?:ana|wana|ali|wali|ame|wame)(?:taka|tamani|fikiria|waza|jaribu) (?:kufa|kujiua|kujitoa uhai|kujimaliza) ',
);

/** Talking to someone else about their life ("don't kill yourself", "usijiue"). */
export const ADVICE = re(
  ' yourself | wewe mwenyewe | suicide (?:prevention|hotline|helpline|line|awareness|crisis line|lifeline) | your (?:own )?life | usi(?:jiue|jidhuru|jitoe|jimalize|fe) | msi(?:jiue|jidhuru) ',
);

/** The ideation is described as over. */
export const HISTORY = re(
  ' (?:used to|years ago|months ago|long ago|a long time ago|when i was (?:\\p{L}+ ){0,2}(?:young|younger|a kid|a child|a teen|teenager|in school|in college|in university|at school|\\p{N}+)|in the past|back (?:in|when|then)|as a (?:teen|teenager|kid|child)|in (?:high school|middle school|college|my teens|my twenties)|at one point|i once|once upon a time|i have overcome|i overcame|got through|made it through|in recovery|zamani|miaka (?:\\p{L}+ )?(?:iliyopita|mingi)|nilipokuwa (?:mdogo|shule|mtoto)|hapo awali|siku za nyuma) ',
);
/** ... and the speaker says it is over now. */
export const RECOVERED = re(
  ' (?:now i am|i am now|these days i am|today i am|but now|now) (?:much |a lot |so )?(?:better|fine|ok|okay|good|happy|doing well|in a good place|glad i am alive)| (?:sasa|siku hizi) (?:niko|nimekuwa|ni) (?:sawa|poa|salama|vizuri|mzima|bora)| sasa nafurahi ',
);

/** Recent behaviour: the attempt or harm was lately, not years ago. */
export const RECENT = re(
  ' (?:last night|yesterday|today|this morning|this week|last week|a few days ago|just now|earlier|jana|leo|usiku|wiki hii|juzi|asubuhi) ',
);

/** Intent or timing that turns thoughts into a plan ("tonight", "kesho", "next week"). */
export const TIMING = re(
  ' (?:tonight|tomorrow|this weekend|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|when everyone is asleep|after (?:the|my) (?:exams?|wedding|birthday)|leo usiku|kesho|wiki ijayo|usiku huu|hivi karibuni|jioni hii) ',
);

/** Speech about dying that is not about wanting to die: idioms and hyperbole. */
export const IDIOMS = re(
  ' killing it | killed it | kill(?:ing)? the game | dying (?:of|from) (?:laughter|laughing|embarrassment|boredom|cuteness) | dying to (?:see|try|know|meet|go|get|eat|hear|watch) | (?:i )?(?:am )?dead (?:serious|tired|wrong|right|lol|lmao) | lol | lmao | haha | (?:nakufa|nimekufa|ninakufa|nitakufa) (?:na|kwa) (?:njaa|kicheko|baridi|joto|uchovu|usingizi|kiu) | kicheko | this (?:is )?killing me | kill me now | \\p{L}+ to death | over my dead body | dead inside | (?:this|that|it) is (?:just )?(?:plain |pure |social |political |career )?suicide | suicide (?:mission|squad|run|trail|door|doors|pass) | social suicide | career suicide ',
);

/** Quotation, lyrics and titles. */
export const QUOTE = re(
  ' (?:song|lyrics?|lyric says|the line|sings?|sang|singing|movie|film|book|title|quote|quoting|poem|wimbo|mashairi|filamu|kitabu) ',
);

/** Distress and the cultural deflection of the system this implements: graded signals, not alarms by themselves. */
export const DISTRESS: ReadonlyArray<{ code: string; weight: number; re: RegExp }> = [
  {
    code: 'no_reason_to_live',
    weight: 0.3,
    re: re(
      ' (?:sina|sioni|hakuna) sababu ya kuishi | no reason to live | nothing to live for | (?:life|maisha) (?:is|ni|haina|hayana) (?:pointless|meaningless|maana|maana yoyote) ',
    ),
  },
  {
    code: 'hopeless',
    weight: 0.2,
    re: re(
      ' sina matumaini | hakuna matumaini | (?:i feel |i am |feeling )?(?:so )?hopeless | no hope | (?:there is )?no way out | sioni njia ',
    ),
  },
  {
    code: 'burden',
    weight: 0.2,
    re: re(
      ' (?:i am|i feel like) a burden | mimi ni mzigo | (?:nobody|no one) would (?:care|miss me) | hakuna (?:mtu )?atakayenikumbuka ',
    ),
  },
  {
    code: 'worthless',
    weight: 0.15,
    re: re(' (?:i am|i feel) (?:so )?(?:worthless|useless) | sina thamani | sina maana '),
  },
  { code: 'exhausted', weight: 0.1, re: re(' nimechoka | i am (?:so )?(?:tired|exhausted|done) | nimechoshwa ') },
  {
    code: 'withdrawing',
    weight: 0.1,
    re: re(' najitenga | nimejitenga | (?:i am )?(?:isolating|pulling away from everyone) '),
  },
  {
    code: 'deflection',
    weight: 0.05,
    re: re(' (?:ni )?sawa tu | niko sawa tu | poa tu | hakuna shida | just tired | i am fine '),
  },
];

/**
 * The backstop for wordings no cue names: a word about killing oneself (at least active), about dying with the
 * speaker as subject (at least passive), raised by an attempt word to behaviour or a plan word to a plan. It keeps
 * recall when the phrasing is new; the same exceptions (negation, idiom, others, the past) still apply.
 */
export const BACKSTOP = {
  selfKill: re(
    ' (?:suicide|suicidal|kill(?:ing)? my ?self|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|self harm(?:ing|ed)?|selfharm|cut(?:ting)? my ?self|overdos(?:e|ed|ing)|kujiua|kujitoa uhai|kujiondoa uhai|kujimaliza|kujitoa roho|najiua|nitajiua|nilijiua) ',
  ),
  dying: re(
    ' (?:die|dying|dead|death|not be here|not be alive|not exist|disappear forever|kufa|nife|ningekufa|kudie|kudedi|sitaki kuishi|kifo) ',
  ),
  // English "i", "me", "my"; Swahili first-person verbs: ni-/na- and a stem (nataka, nilijaribu, nawaza, nikijiua).
  firstPerson: re(' (?:i|me|my|myself|mimi) | n[ai]\\p{L}{3,}'),
  /** Words about killing oneself that name the speaker themselves. */
  ownSelfKill: re(
    ' (?:kill(?:ing)? my ?self|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|najiua|nitajiua|nilijiua) ',
  ),
  /** Spoken to someone else ("you", "your"): talk about their life, not the speaker's. */
  addressed: re(' (?:you|your|youre|yourself|wewe|wako) '),
  fearOfDeath: re(
    ' (?:afraid|scared|fear|fears|terrified|frightened|anxious|worried|phobia|panic|panicking) (?:of |about |that i am |that im )?(?:dying|death|die) | (?:thought|think|thinking|felt|feel|feels|feeling) (?:like )?i (?:am|was|were) (?:going to )?(?:dying|die) | dying inside | (?:dead|dying) (?:relatives?|parents?|people|loved ones|friends?) | naogopa (?:kufa|kifo) ',
  ),
  attempt: re(
    ' (?:attempt|attempted|attempts|tried|try|trying|survived|hospital|hospitalized|overdosed|nilijaribu|nimejaribu|jaribio) ',
  ),
  plan: re(
    ' (?:plan|planned|planning|method|note|goodbye|decided|ready|tonight|tomorrow|date|mpango|nimepanga|nimeamua|kesho) ',
  ),
};
