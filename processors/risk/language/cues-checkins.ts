import type { Cue } from './patterns.js';
import { re } from './words.js';

// Wordings a blind set of long spoken check-ins showed missing (probes20.jsonl, PROBES.md; read after its first
// scoring): a wish to go on no longer with this life, an attempt gone to and turned back from, means made ready.

export const CHECKIN_CUES: readonly Cue[] = [
  // "sitaki kuendelea na maisha haya tena": not "… maisha haya ya umaskini" (this life of poverty), a wish for change.
  {
    tier: 'passive',
    code: 'wish_to_be_dead',
    negativeForm: true,
    re: re(
      ' sitaki (?:tena )?kuendelea (?:na maisha(?: haya| hii| yangu)?|kuishi)(?= $| tena(?! hivyo| hivi| kama)| kabisa)| (?:dont|do not) want to (?:continue|go on) (?:with )?(?:this|my) life(?= $| any ?more| again)',
    ),
    // A way of life to change ("… nataka kubadilika", "… i want to go back to school"), or someone else's words ("eti …").
    unlessNear: re(
      ' (?:nataka|natamani|ninataka|nitaanza|nianze|nitarudi|nirudi|i want to|i will|go back)(?! (?:kufa|kujiua|kupumzika milele|die|to die|end))| (?:kubadilika|nibadilike|kuacha|niache) ',
    ),
    unlessBefore: re(' (?:eti|anasema|alisema|says|said) $'),
  },
  // The time first ("tomorrow morning i wont be here thats decided"): a wish not to be here, raised by its time as
  // "i wont be here tomorrow" is; not a trip ("… i am travelling to kisumu").
  {
    tier: 'passive',
    code: 'not_here',
    negativeForm: true,
    re: re(
      ' (?:tomorrow|tonight|by tomorrow|next week|kesho|leo usiku|by the end of (?:the|this|next) (?:week|month|year)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?: morning| night| evening| asubuhi| usiku| jioni)? i (?:will not|wont|will no longer|am not going to|am not gonna) be (?:here|around)(?= $| (?:anymore|any more|any longer|thats decided|its decided|and thats decided|nimeamua)\\b)',
    ),
  },
  // Gone to do it and turned back ("jumanne jioni nilienda kujiua lakini …", "i went there to kill myself"): an
  // aborted attempt (C-SSRS), whatever stopped it.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ' nili(?:enda|kwenda) (?:(?!kuhusu |semina |ku\\p{L}+ )\\p{L}+ ){0,2}?ku(?:jiua|jinyonga|jimaliza|jitoa uhai) | i went (?:\\p{L}+ ){0,3}?to (?:kill myself|end my life) ',
    ),
  },
  // Stood at a height about to jump and came down: an interrupted or aborted attempt.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(' i was (?:going|about) to jump (?:\\p{L}+ ){0,8}?(?:i )?(?:came|got|climbed|stepped) (?:back )?down '),
    unlessNear: re(' (?:pool|swim\\p{L}*|water|ladder|board|trampoline|game|dance|rope|queue|line|bus|matatu|train) '),
  },
  // The means ready and the speaker about to use it ("the rope is ready im going to use it tonight"); the cue names its
  // own subject, so "them" (the pills) is no one else.
  {
    tier: 'plan',
    code: 'preparation',
    selfReferring: true,
    re: re(
      ' (?:the|my) (?:rope|pills|tablets|poison|knife|blade) (?:is|are) (?:ready|here|hidden)(?: \\p{L}+){0,3}? (?:im|i am|i will|ill|i) (?:going to |gonna )?(?:use|take|swallow|drink) (?:it|them) | (?:have|got) the (?:pills|tablets|poison|rope) (?:\\p{L}+ ){0,4}?(?:going to|gonna|will|ll) (?:take|swallow|drink|use) (?:them|it)(?: all)? (?:tonight|today|tomorrow|now) ',
    ),
    // Medicine, tools and chores told with the same words ("… use them for my headache", "… use it to shave").
    unlessNear: re(
      ' (?:use|take|swallow|drink) (?:it|them) (?:to|for|after|before|with|like|on|every|as|daily|twice)\\b(?! (?:end|kill|die|do it))| as (?:prescribed|the doctor said) ',
    ),
  },
  // The borderlines set (probes21.jsonl, read after its first scoring): wishes told through one's own burial, an
  // illness one does not mind, thoughts of dying still there, a life not worth staying alive for.
  {
    tier: 'passive',
    code: 'wish_to_be_dead',
    re: re(
      ' (?:keep |kept )?(?:picturing|imagining) my own (?:burial|funeral|death|grave) | (?:im|i am) finished with (?:this|my) life | (?:could|might|will|may|can) kill me (?:and|but) i (?:dont|do not) care | (?:unaweza|inaweza|utaweza|itaweza) kuniua (?:\\p{L}+ ){0,3}?sijali | mawazo (?:yale |hayo |haya )?ya (?:kufa|kifo) (?:bado )?(?:yapo|yako|yananijia|yanakuja|yanarudi|hayaishi) | sioni (?:maana|sababu) ya (?:mimi )?(?:kubaki|kuendelea kuwa|kuwa) hai | (?:feeling|hisia|hali|mawazo) ya kutotaka kuishi (?:bado|iko|ipo|inarudi|imerudi|inanijia|haijaniwacha) ',
    ),
  },
  // Alive only for one reason ("the only reason sijajiua ni watoto wangu"): thoughts of killing oneself held back.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:the )?only reason (?:i (?:havent|have not|didnt|did not) (?:killed myself|ended (?:it|my life))|sijajiua|sijajimaliza|(?:i am|im) (?:still )?alive|niko hai) | sababu pekee (?:ya )?(?:sijajiua|sijajimaliza|niko hai) ',
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
      ' (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight) (?:night )?is the (?:day|night) (?:i|ill|i will) (?:end it|die|kill myself|end my life) | (?:picked|chosen|chose|set) (?:a |the )?(?:day|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend) to (?:end it|die|kill myself|end my life) | (?:bought|got|have|gotten|collected) (?:everything |what |all (?:that )?)(?:i need|i needed) to (?:end it|die|kill myself|end my life) | siku yangu ya mwisho (?:kuishi|duniani) | my last day (?:alive|to live) | (?:after|since) (?:the|my) (?:suicide )?attempt(?: \\p{L}+){0,4}? (?:nitajaribu tena|i will try again|ill try again|i(?:ll| will) do it again) ',
    ),
  },
];
