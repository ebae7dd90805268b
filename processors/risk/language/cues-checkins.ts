import type { Cue } from './patterns.js';
import { re } from './words.js';

// Wordings a blind set of long spoken check-ins showed missing (probes20.jsonl, PROBES.md; read after its first
// scoring): a time chosen not to be here, an attempt gone to and turned back from, means made ready.

export const CHECKIN_CUES: readonly Cue[] = [
  // The time first ("tomorrow morning i wont be here thats decided"): a wish not to be here, raised by its time as
  // "i wont be here tomorrow" is; not a trip ("… i am travelling to kisumu").
  {
    tier: 'passive',
    code: 'not_here',
    negativeForm: true,
    re: re(
      ' (?:tomorrow|tonight|by tomorrow|kesho|leo usiku|by the end of (?:the|this|next) (?:week|month|year))(?: morning| night| evening| asubuhi| usiku| jioni)? i (?:will not|wont|will no longer|am not going to|am not gonna) be (?:here|around)(?= (?:anymore|any more|any longer|ever again|for good|thats decided|its decided|and thats decided|nimeamua)\\b)',
    ),
    // A trip, a shift or a day off told the same way ("… thats decided we are going to the coast").
    unlessNear: re(
      ' (?:going to|travel\\p{L}*|trip|visit\\p{L}*|safari|ruracio|wedding|harusi|coast|upcountry|shags|ushago|shift|day off|leave|holiday|likizo) ',
    ),
  },
  // Gone to do it and turned back ("jumanne jioni nilienda kujiua lakini …", "i went there to kill myself"): an
  // aborted attempt (C-SSRS), whatever stopped it.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' nili(?:enda|kwenda) (?:(?!kuhusu |semina |training |mafunzo |warsha |workshop |kongamano |ku\\p{L}+ )\\p{L}+ ){0,2}?ku(?:jiua|jinyonga|jimaliza|jitoa uhai) | i went (?:(?!from |through )\\p{L}+ ){0,3}?to (?:kill myself|end my life) ',
    ),
  },
  // Stood at a height about to jump and came down: an interrupted or aborted attempt.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' i was (?:going|about) to jump (?:\\p{L}+ ){0,8}?(?:i )?(?:came|got|climbed|stepped) (?:back )?down '),
    unlessNear: re(
      ' (?:pool|swim\\p{L}*|water|ladder|board|trampoline|game|dance|rope|queue|line|bus|matatu|train|tree|wall|fence|bed|table|chair|bike|truck|lorry) ',
    ),
  },
  // The means ready and the speaker about to use it ("the rope is ready im going to use it tonight"); the cue names its
  // own subject, so "them" (the pills) is no one else.
  {
    tier: 'plan',
    code: 'preparation',
    selfReferring: true,
    re: re(
      ' (?:the|my) (?:rope|pills|tablets|poison|knife|blade) (?:is|are) (?:ready|hidden)(?: \\p{L}+){0,3}? (?:im|i am|i will|ill|i) (?:going to |gonna )?(?:use|take|swallow|drink) (?:it|them) ',
    ),
    // Medicine, tools and chores told with the same words ("… use them for my headache", "… use it to shave").
    unlessNear: re(
      ' (?:use|take|swallow|drink) (?:it|them) (?:to|for|after|before|with|like|on|every|as|daily|twice|in the morning)\\b(?! (?:end|kill|die|do it))| (?:use|take) (?:it|them)(?: \\p{L}+){1,2} (?:to|for|on)\\b(?! (?:end|kill|die|do it))| as (?:prescribed|the doctor said) | (?:for|on) (?:the |my |our )?(?:goats?|chickens?|cows?|rats|cockroaches|pests|garden|meat|clothes|luggage|headache|pain|pressure|malaria) ',
    ),
  },
  // The borderlines set (probes21.jsonl, read after its first scoring): wishes told through one's own burial, an
  // illness one does not mind, thoughts of dying still there, a life not worth staying alive for.
  {
    tier: 'passive',
    code: 'wish_to_be_dead',
    // Fear of dying told with the same words ("mawazo ya kifo yananijia sana, naogopa kufa").
    unlessNear: re(' (?:naogopa|ninaogopa|nina hofu|hofu ya|afraid|scared|fear) '),
    re: re(
      ' (?:keep |kept )?(?:picturing|imagining) my own (?:burial|funeral|death|grave) and (?:feeling |felt |i feel )?(?:\\p{L}+ ){0,2}?(?:relieved|relief|at peace|calm|happy) | (?:im|i am) finished with this life(?! (?:of|as|in|at)\\b) | (?:it|this (?:illness|disease|sickness|cancer)|the (?:illness|disease|cancer|sickness|hiv|tb)) (?:could|might|will|may|can) kill me (?:and|but) i (?:dont|do not) care | (?:unaweza|inaweza|utaweza|itaweza) kuniua (?:\\p{L}+ ){0,3}?sijali | mawazo (?:yale |hayo |haya )?ya kufa (?:bado )?(?:yapo|yako|hayaishi) | sioni (?:maana|sababu) ya (?:mimi )?(?:kubaki|kuendelea kuwa|kuwa) hai | (?:feeling|hisia|hali|mawazo) ya kutotaka kuishi (?:bado|iko|ipo|inarudi|imerudi|inanijia|haijaniwacha) ',
    ),
  },
  // Alive only for one reason ("the only reason sijajiua ni watoto wangu"): thoughts of killing oneself held back.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:the )?only reason (?:i (?:havent|have not|didnt|did not) (?:killed myself|ended (?:it|my life))|sijajiua|sijajimaliza) | sababu pekee (?:ya )?(?:sijajiua|sijajimaliza) ',
    ),
  },
  // Ending one's life told in Sheng with the English verb ("nimeamua ku-end my life", "nikiwaza ku-end my life").
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' (?:nimeamua|nimeshaamua|nimedecide|nimeshadecide|nimepanga) (?:tu )?ku ?end (?:my life|it all|maisha yangu) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:nikiwaza|nawaza|nafikiria|nikifikiria|natamani|nataka|nadai|ninawaza) (?:sana |tu )?ku ?end (?:my life|it all|maisha yangu) ',
    ),
  },
  // A day chosen, what is needed bought, one's last day alive, an attempt to be tried again.
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight) (?:night )?is the (?:day|night) (?:i|ill|i will) (?:end it|die|kill myself|end my life)(?= $| for good| forever| and\\b| i\\b) | (?:i |ive |i have |i ve )(?:already )?(?:picked|chosen|chose|set) (?:a |the )?(?:day|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend) to (?:end it|die|kill myself|end my life) | (?:bought|got|have|gotten|collected) (?:everything |what |all (?:that )?)(?:i need|i needed) to (?:end it|die|kill myself|end my life) | siku yangu ya mwisho (?:kuishi|duniani) | my last day (?:alive|to live) | (?:after|since) (?:the|my) (?:suicide )?attempt(?! (?:at|on|to|in) )(?: \\p{L}+){0,4}? (?:nitajaribu tena|i will try again|ill try again|i(?:ll| will) do it again) ',
    ),
  },
];
