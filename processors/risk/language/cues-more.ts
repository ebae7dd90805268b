import type { Cue } from './patterns.js';
import { GOODBYE_KEPT, GOODBYE_RETURNING, GOODBYES_FOR_A_TRIP } from './goodbye.js';
import { ENDED_ALONE } from './everyday-ends.js';
import { NOT_ONES_OWN_DAY, NOT_ONES_OWN_END, re, SW_WANT } from './words.js';

/** A time a Swahili speaker names for an end: today, tonight, tomorrow (night); not a weekday, which names deadlines and
 * last days at work as often (a review). */
const SW_WHEN = '(?:leo(?: usiku)?|kesho(?: usiku)?|usiku huu)';

// Further wordings of the same tiers, added as the development set and the screener's examples showed them.

const GOODBYE_EVERYONE = re(' good ?bye (?:everyone|every one|everybody) | kwaheri kila mtu ');

export const MORE_CUES: readonly Cue[] = [
  // Found missing on the development set (bench/eval/data/risk): further wordings of the same tiers.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:i )?(?:would|d) rather (?:just |simply )?(?:not|never) (?:wake up|be here|be alive|exist|live) '),
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
    // Not the end of something ("leo ni mwisho wa mwezi", "siku yangu ya mwisho kazini"): a last day or end of one's own.
    re: re(
      ` ${SW_WHEN} (?:ndio|ndiyo|ni) (?:siku yangu ya mwisho|mwisho wangu)${NOT_ONES_OWN_DAY}| (?:leo|kesho|usiku huu|leo usiku) (?:ndio|ndiyo|ni) mwisho${NOT_ONES_OWN_END} `,
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ` (?:today|tonight|tomorrow) (?:is|will be) (?:my last day${NOT_ONES_OWN_DAY}|the end${NOT_ONES_OWN_END}|the day i (?:die|go)) `,
    ),
  },
  // Second extension of the development set: plans by preparation and intent, wishes phrased as tiredness of waking.
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:tired|sick) of (?:waking up|life(?! (?:in|at|as|here|with|like) )) | nimechoka kuamka | tired of kuamka ',
    ),
  },
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
    // "nikinywa [method] itaniua?" asks whether taking it would kill: not "hii kazi itaniua" (this job will kill me), a
    // complaint, nor "naogopa TB itaniua", a fear.
    re: re(
      ' (?:would|will|does|could|can) (?:\\p{L}+ ){1,5}kill me | niki(?:nywa|meza|imeza|vimeza|zimeza|bugia|tumia|chukua|jidunga|jirusha) (?:\\p{L}+ ){0,8}?(?:ita|itani)(?:ua|maliza|niua|nimaliza) | (?:sumu|kamba) (?:\\p{L}+ ){0,4}?(?:ita|itani)(?:ua|maliza|niua|nimaliza) ',
    ),
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
      ' (?:dont|do not|cant|cannot|can not) (?:even |really )?see (?:the|any) (?:point|reason) (?:in|of|to) (?:living|life|go on|going on|being alive|being here|keep living|staying (?:alive|here|in (?:this|a|the) world)) ',
    ),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    re: re(' no (?:point|reason) (?:for me )?(?:in|to|of) (?:living|go on|going on|being alive|keep living|carry on) '),
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
  {
    tier: 'passive',
    code: 'wish_dead',
    // "i wish i'd never been born", "i should never have been born" (review 188).
    re: re(
      ' (?:i )?wish (?:that )?(?:i (?:was|were|had|d|would have|would)|id) never (?:been )?born |(?:^ | (?:i think|honestly|sometimes|maybe|i feel like|tbh|and|so) )i (?:should never|never should|shouldnt|should not|should have never|shouldve never|should of never) (?:even )?(?:have )?been born(?=(?: (?:at all|in the first place|into this world|into this family|to this family|on this earth|to begin with|seriously|fr|tbh))? $) ',
    ),
  },
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
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:i )?(?:want|going|need) to end (?:it|things|everything) '),
    unlessWhole: ENDED_ALONE,
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(
      ' (?:i )?(?:gave|giving|give) away (?:all )?(?:my|of my) (?:things|stuff|belongings|possessions|clothes) | (?:wrote|writing|made) (?:my|a) will | goodbye (?:world|forever) ',
    ),
  },
  {
    tier: 'plan',
    code: 'preparation',
    re: re(' (?:said|saying) (?:my )?goodbyes | this is (?:my )?goodbye '),
    unlessWhole: GOODBYES_FOR_A_TRIP,
  },
  // Not a day's goodbye naming the speaker's return and nothing else (goodbye.ts).
  {
    tier: 'plan',
    code: 'preparation',
    re: GOODBYE_EVERYONE,
    unlessWhole: GOODBYE_RETURNING,
    keptByWritten: GOODBYE_KEPT,
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
      ' (?:nimegawa|nagawa|nimewapa watu) vitu vyangu | naaga (?:kila mtu|dunia|wote) | kwaheri (?:dunia|ya mwisho|milele) ',
    ),
    // A school's, a job's or a team's last goodbye, or others saying it ("form four wamesema kwaheri ya mwisho kwa shule";
    // red team 287).
    unlessNear: re(
      ' kwaheri ya mwisho (?:kwa|to) (?:shule|shuleni|school|kazi|kazini|chuo|campus|darasa|class|kidato|nyumba|house|mtaa|estate|timu|team|kanisa|church) ',
    ),
    unlessBefore: re(' (?:wa|tu|a)(?:me|li|ka)(?:sema|aga) $'),
  },
  // From train3.jsonl (real posts, 2026-12-01): an aborted or interrupted attempt (C-SSRS behaviour) told by the one
  // who stopped ("I was about to finally end it, when my dog came in"); not a break-up ("about to end it with him").
  {
    tier: 'behaviour',
    code: 'aborted_attempt',
    re: re(
      ' i was (?:\\p{L}+ ){0,2}?(?:about to|seconds away from|minutes away from|on the verge of) (?:\\p{L}+ ){0,2}?(?:end it|end it all|end my life|kill myself|take my life|end myself)(?! (?:with)\\b) ',
    ),
  },
  // Lacking the courage to act is thinking of it (C-SSRS active thoughts): "no courage to end it all".
  {
    tier: 'active',
    code: 'no_courage',
    // Its usual form is negative ("I don't have the courage to kill myself"): a negator confirms it, never denies it.
    negativeForm: true,
    re: re(
      ' (?:no|the|enough|any) (?:courage|guts|nerve|balls|strength) (?:left )?to (?:just )?(?:end it all|end my life|kill myself|take my life|commit suicide|end myself) ',
    ),
  },
  // Held back only by fear of dying or of the pain: the same ("too afraid of dying to actually do anything").
  {
    tier: 'active',
    code: 'too_afraid',
    // "Not too scared to kill myself" is no denial: nothing holds the speaker back.
    negativeForm: true,
    re: re(
      ' (?:too|so) (?:afraid|scared|frightened|chicken|cowardly) (?:of (?:dying|death|the pain|pain) to (?:actually |really |ever |just )?(?:do it|do anything|go through with it)|(?:of (?:dying|death|the pain|pain|failing) )?to (?:actually |really |ever |just )?(?:go through with it|end it all|end my life|kill myself|take my life|commit suicide|end myself)) ',
    ),
  },
  // Readiness is intent (C-SSRS: thoughts with intent): "still extremely depressed and ready to end it all".
  {
    tier: 'plan',
    code: 'intent',
    re: re(' ready to (?:just )?(?:end it all|end my life|kill myself|take my life|commit suicide|end myself) '),
  },
];
