import type { Cue } from './patterns.js';
import { ENDED_ALONE } from './everyday-ends.js';
import { DECIDED_ALONE, EMOJI_NOT_POSITIVE } from './protective-decision.js';
import { OWN_HAIR_ONLY } from './own-hair.js';
import { EN_SELF_KILL, ORDINARY_FAREWELL, re, SW_ASKED_OR_SAID, SW_SELF_HARM, SW_WANT } from './words.js';

/** Ending one's own life, as the intent cues name it. */
const OWN_END =
  '(?:kill myself|end my life|take my (?:own )?life|commit suicide|end it all(?!(?: \\p{L}+){0,4} (?:with|debts?|madeni|business|biashara|relationship|him|her)\\b))';

// The cues of each C-SSRS tier in English, Swahili and Sheng (see patterns.ts for how they are read).

export const CORE_CUES: readonly Cue[] = [
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
    // "My family would be better off without me" is the speaker's own burden, not a report about the family.
    selfReferring: true,
    re: re(' (?:everyone|they|people|my family|the world) (?:would|will|d) be better (?:off )?without me '),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(
      ' (?:i )?(?:dont|do not|no longer|dont even) (?:really )?(?:want|wish) to (?:really |necessarily |even |just )?(?:live|be alive|exist|wake up|go on|keep living|continue living) ',
    ),
  },
  {
    tier: 'passive',
    code: 'not_live',
    negativeForm: true,
    re: re(' i (?:cant|can not|cannot) (?:go on|keep going|do this) (?:living|anymore|any more|any longer) '),
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
  // "natamani nisingekuwa hai", "i wish nisingekuwepo": wishing not to be alive (red team 195, session 44).
  {
    tier: 'passive',
    code: 'want_die',
    re: re(
      ' (?:natamani|ningetamani|laiti|nawish|i wish) (?:tu )?(?:nisingekuwa hai|nisingekuwa duniani|nisingekuwepo|nisiwe hai)(?! (?:kwa|kwenye|katika|hapo|pale|huko|wakati|siku|at(?! all)|in|on|for|during|when)\\b) ',
    ),
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
    unlessWhole: ENDED_ALONE,
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
  {
    tier: 'plan',
    code: 'intent',
    re: re(' i (?:will|shall) (?:just )?(?:kill myself|end my life|take my life|commit suicide|end it all) '),
  },
  {
    tier: 'plan',
    code: 'intent',
    re: re(' (?:nitaji|ntaji|ngoja niji|wacha niji|acha niji)(?:ua|maliza|toa uhai|toa roho) '),
  },
  // Intent told as intent (DESIGN §10: "a plan, intent or recent behaviour → critical"); raise only, as every cue
  // added after the first rules (RULES.md, "Raise only").
  {
    tier: 'plan',
    code: 'intent',
    raiseOnly: true,
    re: re(
      ` (?:i )?(?:fully |really |truly |still |do |now )?intend to (?:just )?${OWN_END} | my (?:intention|intent|plan|goal|aim) is to (?:just )?${OWN_END} | i (?:have|had|ve) (?:every|full|the full|a firm|a clear) intention (?:of|to) (?:${OWN_END}|killing myself|ending my life|taking my (?:own )?life|committing suicide|ending it all) `,
    ),
  },
  // Done living, ready to die in Swahili, a date set for one's death (a review's gaps, 2026-12-02); raise only.
  {
    tier: 'passive',
    code: 'want_die',
    raiseOnly: true,
    re: re(
      ' (?:i am|im|i m) (?:so |just |really |completely |officially )?done (?:living|being alive|existing)(?! (?:in|at|with|here|there|like|for|paycheck|hand|off|this|that|a|under|as|alone|on)\\b) | (?:niko|nko|niki) (?:tayari|ready) (?:ku)?(?:fa|kufa|die|kudie|kudedi)(?! (?:kwa|for|juu)\\b) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    raiseOnly: true,
    re: re(
      ' (?:i have|ive|i) (?:already )?(?:set|chosen|picked|fixed|decided on) (?:a|the) (?:date|day) (?:for|of) my (?:death|suicide|end) | (?:i have|ive|i) (?:already )?(?:set|chosen|picked|fixed) (?:a|the) (?:date|day) to (?:die|kill myself|end (?:it|it all|my life)) ',
    ),
  },
  // Gaps found by writing check-ins (2026-12-02): feeling like ending it all, thinking of taking all one's pills, and
  // the Swahili of farewells the English cues read ("sitakuwepo tena", "kwaheri nyote, nawapenda"; not "sitakuwepo kesho",
  // said of shifts and clinics); raise only.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    raiseOnly: true,
    re: re(
      ' i (?:just |really |sometimes |honestly |kinda |kind of )?(?:feel|felt|am feeling|have been feeling) like (?:just )?(?:ending (?:it all|everything|my life|myself|it)|killing myself|taking my (?:own )?life)(?= $| (?:now|tonight|today|already|honestly|sometimes|lately)\\b) | (?:thinking|thought|thinking about|thinking of|want|wanting|feel like|tempted|urge) (?:of |about |to )?(?:just )?(?:taking|take|swallowing|swallow) (?:all|every one) of (?:my|the|these|those) (?:pills|tablets|meds|medication|vidonge|dawa)(?= $| (?:tonight|today|at once|and (?:die|sleep|not wake|end it|be done))\\b) | (?:thinking|thought|want|wanting|feel like|tempted|urge) (?:of |about |to )?(?:just )?(?:taking|take|swallowing|swallow) all (?:my|the|these|those) (?:pills|tablets|meds|medication|vidonge|dawa)(?= $| (?:tonight|today|at once|and (?:die|sleep|not wake|end it|be done))\\b) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    raiseOnly: true,
    re: re(' sitakuwepo (?:tena(?: duniani)?|duniani)(?= $) '),
  },

  {
    tier: 'plan',
    code: 'plan',
    raiseOnly: true,
    re: re(
      ' kwaheri (?:nyote|wote|kila mtu|familia yangu|marafiki)(?: \\p{L}+){0,2} (?:nawapenda|nawapendeni|mnisamehe)(?: sana| nyote| wote)?(?= $) ',
    ),
  },
  // A blind probe set written this session (probes19, read after it was scored): an attempt told with its time ("i
  // tried to end it an hour ago", low), pills bought and hidden to be used (low), killing oneself tonight said before
  // a farewell, in Swahili with its time, or after settling debts ("… kisha nijiue"); raise only.
  {
    tier: 'behaviour',
    code: 'attempt',
    raiseOnly: true,
    re: re(
      ' (?:i )?(?:tried|attempted) to (?:end it|end it all|end everything|end things)(?= (?:again|last night|yesterday|this morning|earlier|today|tonight|an? (?:hour|few hours|day|week|minute)|\\p{N}+ (?:hours?|minutes?|days?)|(?:a few|two|three|several|some) (?:hours?|minutes?|days?)|saa \\p{L}+|jana|leo|juzi|and (?:now|i|woke|failed|survived|ended up))\\b) ',
    ),
  },
  {
    tier: 'plan',
    code: 'preparation',
    raiseOnly: true,
    re: re(
      ' (?:nimenunua|nimekusanya|nimehifadhi|nimeweka|nimeficha|nimeshanunua) (?:dawa|vidonge|tembe)(?: za \\p{L}+)? (?:nyingi|zote|za kutosha)(?: \\p{L}+){0,3} (?:nimezificha|nimevificha|nimezihifadhi|nitazitumia|nitavitumia|nitazimeza|nitavimeza) ',
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    raiseOnly: true,
    re: re(
      ' (?:i am|im|i m) (?:killing myself|ending my life|ending it all|taking my (?:own )?life) (?:tonight|today|tomorrow|this (?:evening|weekend|week)|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?)(?! night)(?! (?:with|at|in|doing|working|studying|laughing|training)\\b) | (?:leo usiku|usiku wa leo|usiku huu|kesho) (?:ndio )?(?:najiua|ninajiua|nitajiua|najimaliza|nitajimaliza)(?! (?:na|kwa) (?:kazi|kicheko|njaa|mazoezi)\\b) | (?:wikendi hii|weekend hii|hii wikendi|hii weekend|wiki hii|ijumaa|jumamosi|jumapili) (?:ndio )?(?:najiua|ninajiua|nitajiua|najimaliza|nitajimaliza)(?: tu| kabisa)?(?= $| (?:hakuna|sitaki|nimeamua|nimechoka|kwaheri|goodbye|bye|period|sitarudi)\\b) | (?:najiua|ninajiua|najimaliza|ninajimaliza) (?:leo usiku|usiku wa leo|usiku huu|kesho|wikendi hii|weekend hii|hii wikendi|hii weekend|wiki hii|ijumaa|jumamosi|jumapili)(?: tu| kabisa)?(?= $| (?:hakuna|sitaki|nimeamua|nimechoka|kwaheri|goodbye|bye|period|sitarudi)\\b) | (?:i will|ill|i ll) have (?:ended my life|killed myself|taken my (?:own )?life)(?! (?:for (?!real\\b)|at (?!the end\\b)|on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)|in (?!(?:a|one|two|three|\\p{N}+) (?:days?|weeks?|months?)\\b)|with|from|over|trying|working|studying|laughing|doing|running|carrying|cleaning|pleasing)\\b) | (?:kisha|halafu|alafu|then) (?:nijiue|najiua|nitajiua|nijimalize|i kill myself|i will kill myself)(?! (?:na|kwa) (?:kazi|kicheko)\\b) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    raiseOnly: true,
    re: re(
      ' najua (?:nitafanya |ni |nitaifanya |nitafanyia )?(?:lini na wapi|wapi na lini)(?= $) | (?:thats|that is|hiyo ndio) (?:when|the day|siku) (?:i |nita)(?:end it(?: all)?|kill myself|jiua)(?! (?:with|na)\\b) | (?:weekend|wiki|jumamosi|jumapili|ijumaa|mwezi) hii (?:ndio|ni) mwisho (?:yangu|wangu)(?= $| duniani) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    raiseOnly: true,
    re: re(
      ' (?:i )?(?:should|could|might|may as well|want to|wanna|need to|going to|am going to|will) (?:just |really |finally )?end (?:it all|everything) (?:myself|by myself|tonight|soon)\\b | part of me (?:really |still |just )?wants to (?:end it all|kill myself|end my life|take my (?:own )?life) ',
    ),
  },
  {
    tier: 'passive',
    code: 'want_die',
    raiseOnly: true,
    re: re(' part of me (?:really |still |just )?wants to (?:die|not exist|not wake up|disappear forever|be dead) '),
  },
  // Intending not to live ("i dont plan on living much longer"): thoughts of ending one's life, raise only.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    raiseOnly: true,
    re: re(
      ' (?:i )?(?:have no|dont have any|do not have any) (?:intention|intentions|plans?) (?:of|on|to) (?:living|live|being alive|staying alive|stay alive)(?! (?:in|with|at|there|here|abroad|together)\\b) | (?:i )?(?:dont|do not) (?:plan|intend) (?:on |to )?(?:living|live|be alive|being alive|staying alive|stay alive) (?:much |any |very )?(?:longer|past|beyond|after|to see|till|until|next|by|for long) ',
    ),
  },
  {
    tier: 'plan',
    code: 'intent',
    raiseOnly: true,
    re: re(
      ' (?:nia|lengo|azma|mpango) (?:yangu|langu|wangu) ni (?:kujiua|kujitoa uhai|kujitoa roho|kujimaliza|kujiondoa uhai) ',
    ),
  },
  // Plan: intent, timing or preparation (C-SSRS questions 3–5).
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:i )?(?:have|made|got|have got) (?:a |the )?plan (?:to|for|of) (?:kill|end|how|suicide|dying|die) '),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:i have|ive) (?:decided|made up my mind) (?:to|how|when) '),
    unlessWhole: DECIDED_ALONE,
    keptByWritten: EMOJI_NOT_POSITIVE,
  },
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
    // "niko na mpango wa kumaliza maisha yangu" (Sheng "I am with a plan"; the life named: session 57, red team 265),
    // ending its clause or before a time or a new clause, so not a way of life or a place ("… maisha yangu ya zamani",
    // "… kama mlevi", "… hapa mjini"; code reviews).
    re: re(
      ` (?:nimepanga|nimeshapanga|nishapanga|(?:nina|niko na) (?:mpango|mipango|plan) (?:wa|ya)|mpango wangu (?:ni|wa)) (?:kujiua|kufa|kujitoa uhai|kujimaliza|(?:(?:ku(?:ya)?maliza|ku(?:ya)?katisha) (?:maisha(?: yangu)?|uhai wangu)|kuondoa maisha yangu)(?= $| (?:leo|kesho|usiku|wiki|mwezi|sasa hivi|karibuni|kabisa|kwa sababu|juu(?! ya )|ju(?! ya )|sitaki|siwezi|nimechoka|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|this|tonight|today|tomorrow|soon) )) `,
    ),
    // Dying old or rich is no plan ("nina mpango wa kufa nikiwa mzee", "… kufa tajiri"), unlike not reaching old age.
    unlessNear: re(
      ' kufa (?:nikiwa (?:mzee|tajiri|na miaka (?:mingi|sitini|sabini|themanini|tisini|mia))|uzeeni|nikizeeka|nikishazeeka|tajiri|rich|when im old|of old age) ',
    ),
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(' (?:nimeandika|naandika) (?:barua|ujumbe) (?:ya|wa) (?:kuaga|mwisho) '),
    unlessNear: ORDINARY_FAREWELL,
  },
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
  // Not one's own hair, nails or beard said with nothing of harm (own-hair.ts).
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(' n\\p{L}{0,8}?ji(?:kata|dhuru|umiza|choma) '),
    unlessWhole: OWN_HAIR_ONLY,
  },
  // Tried: "nilijaribu kujidhuru", "nimejaribu kujiumiza" were low, "i tried to hurt myself" critical (red team 218).
  {
    tier: 'behaviour',
    code: 'self_harm',
    // SW_SELF_HARM leaves out hair, nails and leaving a party ("nilijaribu kujikata mapema kutoka party").
    re: re(` (?:nili|nime|nika|nilisha|nimesha)jaribu ${SW_SELF_HARM}(?= )`),
    // A head racked, muscles worked, a waist danced: "nilijaribu kujiumiza kichwa na hii assignment".
    unlessNear: re('^ \\p{L}+ kuji(?:umiza (?:kichwa|akili|ubongo|misuli|miguu|mguu|kidole)|kata kiuno)(?= )'),
    // Asked, believed or told by someone else: "daktari aliniuliza kama nimejaribu kujidhuru", "mama anadhani …".
    unlessBefore: re(` ${SW_ASKED_OR_SAID} `),
    // A haircut told in its sentence: "… nikajaribu kujikata tena lakini mkasi ulikuwa butu".
    unlessSentence: re(' (?:nywele|kucha|ndevu|rasta|dreads|mkasi|kinyozi|salon) '),
  },
];
