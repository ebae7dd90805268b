import type { Cue } from './patterns.js';
import { re } from './words.js';

// Crises told without the plain words, which a blind set written for them showed missing (probes23.jsonl, PROBES.md;
// read after its first scoring): hoping not to wake, a chosen day, ways looked up, thinking how one would do it, held
// back only by someone, a last goodbye, Swahili euphemisms for ending one's life, not caring if a vehicle hit one.

/** Swahili and Sheng for ending one's own life that the older cues do not name. */
const SW_EUPHEMISM =
  '(?:kujiondoa (?:duniani|maishani|kwenye (?:hii )?dunia(?: hii)?)|kukatisha maisha(?: yangu)?|kujiua mimi mwenyewe)';
/** Thinking of, wanting or feeling like it. */
const SW_TOWARD =
  '(?:nawaza|nafikiria|ninawaza|ninafikiria|nikiwaza|nikifikiria|nimekuwa nikiwaza|nimekuwa nikifikiria|nimeanza kuwaza|nimeanza kufikiria|mawazo ya|thoughts za|nataka|natamani|naskia tu|naskia kama|nafeel kama)';
/** Someone the speaker stays for. */
const KEEPER =
  '(?:(?:my |the )?(?:mum|mom|mother|mama|mathe|dad|father|kids|children|child|son|daughter|family|wife|husband|baby|sister|brother|grandmother|grandma|shosho|dog|cat|faith|god)|watoto(?: wangu)?|mama(?: yangu)?|familia(?: yangu)?|mungu)';

export const OBLIQUE_CUES: readonly Cue[] = [
  // "I go to bed hoping I just don't wake up", not "… don't wake up late".
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' (?:hoping|hoped|wishing|wished|praying|prayed)(?: that)?(?: i| god)?(?: would| will| could)?(?: just| simply)? (?:dont|do not|wouldnt|didnt|doesnt|wont|never|not) (?:let me )?wake up(?! (?:late|early|on time|in time|too late|sick|tired|with)\\b)',
    ),
  },
  // "nimechoka kuwepo tu" (tired of existing), not of being in a place ("… hapa nairobi").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' nimechoka (?:na )?(?:kuwepo|kuexist)(?! (?:hapa|huku|kazini|nyumbani|shule|town|mjini|kwa|katika)\\b)'),
  },
  // "kama nduthi ingenigonga leo singejali" (if a motorbike hit me today I would not mind).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:kama|if) (?:a |the |hii |ile )?(?:gari|nduthi|boda|matatu|lori|basi|bus|car|truck|lorry|motorbike|train|treni) (?:ingenigonga|ikinigonga|inigonge|ingeniua|hit me|hits me|ran me over|runs me over|would hit me|knocked me down)(?: \\p{L}+){0,4}? (?:singejali|sitajali|singelalamika|ingekuwa (?:relief|poa|sawa|bora)|i (?:wouldnt|would not|wont|will not) (?:care|mind|complain)|i would be (?:relieved|glad)|it would be a relief) ',
    ),
  },
  // "thoughts of suicide" with no owner named, said to be back or worse: the speaker's own in a check-in.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?<! (?:his|her|their|your|friends|brothers|sisters|cousins|moms|mums|dads|sons|daughters|husbands|wifes|mothers|fathers) )(?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|thoughts za (?:suicide|kujiua))(?: though| tho| too)?(?: (?:are|is|have been|has been|they are|those are|those have been|they have been)(?: (?!not\\b|never\\b|no\\b)\\p{L}+)? (?:back|getting (?:worse|stronger|louder|more frequent)|worse|stronger|louder|constant|more (?:and more )?(?:frequent|often)|increasing|here again|back again|creeping back)| (?:came|come|keep coming|kept coming|are coming) back| again| (?:zimerudi|zinarudi|zimeongezeka|zinaongezeka|zinazidi|zimezidi)) ',
    ),
    unlessNear: re(' (?:among|amongst|rates?|cases|statistics|society|people|vijana|wanafunzi|youth|teens|students) '),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` ${SW_TOWARD} (?:tu |sana |kweli |kabisa )?(?:jinsi (?:ninavyoweza |ya )|namna ya )?${SW_EUPHEMISM} `),
  },
  // Reasons weighed ("reasons za kuendelea na reasons za kuend my life"); "I won't be around long, and I hope so".
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:reasons|sababu) (?:za |ya |to )(?:kuend my life|end my life|kujiua|kill myself|kujimaliza) '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:sitakuwepo|i wont be (?:around|here)|i will not be (?:around|here))(?: \\p{L}+){0,8}? (?:natumaini|i hope|and i hope|hopefully) (?:iwe hivyo|itakuwa hivyo|so|its so|it is so|thats true|that is true) ',
    ),
  },
  // Ways looked up with nothing said of what for ("looking up ways at night … clearing the history").
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:looking up|searching|googling|researching) (?:different |painless |easy |quick )?(?:ways|methods)(?= $| at | on my | late | every | and | then | so | na | usiku )| painless (?:ways|way|methods) (?:to go|out) ',
    ),
  },
  // Thinking how one would do it, the act left unnamed ("I keep thinking about how I could do it.").
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:thinking|think|thought|imagining|imagine|wondering|nawaza|nafikiria|nikiwaza|nikifikiria) (?:tu )?(?:about |of )?how (?:i|id|i d)(?: (?:would|could|will|can|might|should))?(?: actually| really| even)? do it(?= $| the | and | but | when | every | over )| (?:nawaza|nafikiria|nikiwaza|nikifikiria|naplan|nikiplan|naimagine|nikiimagine) (?:tu )?(?:jinsi|venye|vile|namna|how) (?:ningeifanya|nitaifanya|ninavyoweza kuifanya|ntaifanya|ningeweza kuifanya|naeza ifanya) ',
    ),
  },
  // Held back only by someone ("the only thing stopping me is my mum"; "kitu pekee kinachonizuia ni watoto wangu").
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    selfReferring: true,
    re: re(
      ` (?:the )?only (?:thing|reason|one|person|people|ones) (?:stopping|holding|keeping) me(?: back)?(?: from (?:doing it|going through with it|ending it|ending my life|killing myself))?(?: right now| now| anymore)? (?:is|are) ${KEEPER} | kitu pekee (?:kinachonizuia|kinanizuia|kinachonishikilia|kinachonifanya nibaki|kinachonifanya niendelee(?: kuishi)?) (?:ni|sasa ni) ${KEEPER} | kama si (?:wao|yeye|watoto wangu|mama yangu) (?:ningekuwa|ningeshakuwa) (?:nimeshaondoka|nimeondoka|nimeshakufa|nimeshajiua|sipo) `,
    ),
  },
  // A day chosen, said alone ("I've chosen the day.", "Nimeshachagua siku."), not a wedding's.
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:i |ive |i have |i ve )(?:already )?(?:picked|chosen|chose|set|fixed) (?:the |a |my )?(?:day|date)(?: already)? $| (?:nimechagua|nimeshachagua) (?:siku|tarehe)(?: tayari)? $',
    ),
    unlessBefore: re(
      ' (?:we|tumechagua|wedding|harusi|ruracio|party|sherehe|birthday|graduation|exam|interview|meeting|trip|safari|appointment|ceremony|launch|match|game|ya) ',
    ),
  },
  // A last goodbye the other does not know of ("She doesn't know it was the last time she'll see me").
  {
    tier: 'plan',
    code: 'intent',
    selfReferring: true,
    re: re(
      ' (?:doesnt|does not|dont|do not|didnt|did not|wont|will not|never) know (?:that )?(?:it|this|that) (?:was|is|will be) the last time (?:she|he|they|you|we|shell|hell|theyll|youll)(?: will| ll)? (?:see|saw|sees|hug|hugs|hear|talk to|speak to) me(?= $| alive | and | but | so ) | (?:hajui|hawajui|hakujua|hawakujua) (?:kwamba |kuwa )?(?:ni|itakuwa|ilikuwa) mara ya mwisho (?:ananiona|atanion\\p{L}*|wananiona|watanion\\p{L}*|tunaonana|tutaonana)(?= $| akiwa hai | lakini ) ',
    ),
  },
];
