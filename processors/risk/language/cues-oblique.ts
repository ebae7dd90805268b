import type { Cue } from './patterns.js';
import { re } from './words.js';

// Crises told without the plain words, which a blind set written for them showed missing (probes23.jsonl, PROBES.md;
// read after its first scoring), narrowed by a review that wrote ordinary talk against each (review 11): hoping not to
// wake, thoughts of suicide said to be back, ways looked up, thinking how one would do it, held back only by someone, a
// last goodbye, Swahili euphemisms for ending one's life, not caring if a vehicle hit one.

/** Swahili and Sheng for ending one's own life that the older cues do not name; not leaving a group or someone's life. */
const SW_EUPHEMISM =
  '(?:kujiondoa (?:duniani|maishani|kwenye (?:hii )?dunia(?: hii)?)(?! (?:hii )?(?:ya|mwa|mwake|mwao|kwa muda)\\b)|kukatisha maisha(?: yangu)?(?! ya)|kujiua mimi mwenyewe)';
/** Thinking of, wanting or feeling like it. */
const SW_TOWARD =
  '(?:nawaza|nafikiria|ninawaza|ninafikiria|nikiwaza|nikifikiria|nimekuwa nikiwaza|nimekuwa nikifikiria|nimeanza kuwaza|nimeanza kufikiria|mawazo ya|thoughts za|nataka|natamani|naskia tu|naskia kama|nafeel kama)';
/** Someone the speaker stays for. */
const KEEPER =
  '(?:(?:my |the )?(?:mum|mom|mother|mama|mathe|dad|father|kids|children|child|son|daughter|family|wife|husband|baby|sister|brother|grandmother|grandma|shosho|dog|cat|faith|god)|watoto(?: wangu)?|mama(?: yangu)?|familia(?: yangu)?|mungu)';
/** An ordinary goal held back ("i want to move out the only thing stopping me is my mum"). */
const ORDINARY_GOAL =
  ' (?:want|wanna|would love|d love|would quit|like to|nataka|natamani|ningependa|ningeacha|ningehamia|kuhamia|kuacha|kusafiri|quit|move|travel|study|school|campus|dubai|qatar|salon|business|biashara|tattoo|job|kazi) ';

export const OBLIQUE_CUES: readonly Cue[] = [
  // "I go to bed hoping I just don't wake up", not "… don't wake up the baby", "… groggy", "… at 3am".
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' (?:hoping|hoped|wishing|wished|praying|prayed)(?: that)?(?: i| god)?(?: would| will| could)?(?: just| simply)? (?:dont|do not|wouldnt|didnt|doesnt|wont|never|not) (?:let me )?wake up(?= $| (?:in the morning|tomorrow|tomorrow morning|ever again|at all|anymore|any more|one day|someday|and|then|but) )',
    ),
  },
  // "nimechoka kuwepo tu" (tired of existing), not of being somewhere or some way ("… nairobi", "… bila kazi").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' nimechoka (?:na )?(?:kuwepo|kuexist)(?= $| (?:tu|kabisa|duniani|maishani|yaani|kwenyewe) )'),
  },
  // "kama nduthi ingenigonga leo singejali" (if a motorbike hit me today I would not mind).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:kama|if) (?:a |the |hii |ile )?(?:gari|nduthi|boda|matatu|lori|basi|bus|car|truck|lorry|motorbike|train|treni) (?:ingenigonga|ikinigonga|inigonge|ingeniua|hit me|ran me over|would hit me|knocked me down)(?: \\p{L}+){0,4}? (?:singejali|sitajali|singelalamika|ingekuwa (?:relief|poa|sawa|bora)|i (?:wouldnt|would not) (?:care|mind|complain)|i would be (?:relieved|glad)|it would be a relief) ',
    ),
  },
  // "thoughts of suicide" with no owner named, said to be back or worse: the speaker's own in a check-in; not what a
  // talk, a doctor or the radio said of them, nor a worry that they might come back.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?<! (?:his|her|their|your|friends|brothers|sisters|cousins|moms|mums|dads|sons|daughters|husbands|wifes|mothers|fathers|about|on|if|whether|that) )(?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|thoughts za (?:suicide|kujiua))(?: though| tho| too)?(?: (?:are|is|have been|has been|they are|those are|those have been|they have been)(?: (?!not\\b|never\\b|no\\b)\\p{L}+)? (?:back|getting (?:worse|stronger|louder|more frequent)|worse|stronger|louder|constant|more (?:and more )?(?:frequent|often)|here again|back again|creeping back)| (?:came|keep coming|kept coming|are coming) back| (?:zimerudi|zinarudi|zimeongezeka|zinaongezeka|zinazidi|zimezidi))(?= $| (?:again|today|tonight|this week|lately|and|na|since|every|kila) )',
    ),
    unlessBefore: re(
      ' (?:if|when|whether|asked|ask|discussed|discuss|preached|talked|talk|says|said|worry|worried|afraid|kama|kuhusu|doctor|radio|show|class|group|pastor) ',
    ),
    unlessNear: re(
      ' (?:among|amongst|rates?|cases|statistics|society|people|vijana|wanafunzi|youth|teens|students|men|women|kenya|winter|according|research|study) ',
    ),
  },
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(` ${SW_TOWARD} (?:tu |sana |kweli |kabisa )?(?:jinsi (?:ninavyoweza |ya )|namna ya )?${SW_EUPHEMISM} `),
  },
  // Reasons weighed ("reasons za kuendelea na reasons za kuend my life"); "I won't be around for long, and I hope so".
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:reasons|sababu) (?:za |ya |to )(?:kuend my life|end my life|kujiua|kill myself|kujimaliza) '),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:sitakuwepo (?:kwa muda mrefu|for long|much longer)|i (?:wont|will not) be (?:around|here) (?:for long|much longer|long))(?: \\p{L}+){0,8}? (?:natumaini|i hope|and i hope|hopefully) (?:iwe hivyo|itakuwa hivyo|so|its so|it is so|thats true|that is true) ',
    ),
  },
  // Ways looked up with nothing said of what for ("looking up ways at night … clearing the history"), not "… to save".
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(' (?:looking up|googling|searching for) ways(?= $| at night | late at night | every night )'),
    unlessNear: re(
      ' (?:to|for|of|so|and means|ya|za|kupata|kulipa|baby|money|pesa|weight|business|school|exam|project) ',
    ),
  },
  // Thinking how one would do it, the act left unnamed and nothing after ("I keep thinking about how I could do it.").
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ' (?:thinking|think|thought|imagining|imagine|nawaza|nafikiria|nikiwaza|nikifikiria) (?:tu )?(?:about |of )?how (?:i|id|i d)(?: (?:would|could|will|can|might|should))?(?: actually| really| even)? do it $| (?:nawaza|nafikiria|nikiwaza|nikifikiria|naplan|nikiplan|naimagine|nikiimagine) (?:tu )?(?:jinsi|venye|vile|namna|how) (?:ningeifanya|ninavyoweza kuifanya|ningeweza kuifanya)(?= $| (?:inanirudia|inanijia|kila (?:siku|saa|usiku)) )',
    ),
  },
  // Held back only by someone who must not find one ("the only thing stopping me is my mum i dont want her to be the
  // one who finds me"; "kitu pekee kinachonizuia ni watoto wangu."), not a move, a trip or a business held back by family.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    selfReferring: true,
    re: re(
      ` (?:the )?only (?:thing|reason|one|person|people|ones) (?:stopping|holding|keeping) me(?: back)?(?: from (?:doing it|going through with it|ending it|ending my life|killing myself))?(?: right now| now| anymore)? (?:is|are) ${KEEPER} i (?:dont|do not) want (?:her|him|them) to (?:be the one (?:who|to) )?finds? me | kitu pekee (?:kinachonizuia|kinanizuia|kinachonishikilia) (?:ni|sasa ni) ${KEEPER}(?= $| tu $)`,
    ),
    unlessBefore: re(ORDINARY_GOAL),
  },
  // A last goodbye the other does not know of ("She doesn't know it was the last time she'll see me"), not a move abroad.
  {
    tier: 'plan',
    code: 'intent',
    selfReferring: true,
    re: re(
      ' (?:doesnt|does not|dont|do not|didnt|did not|wont|will not|never) know (?:that )?(?:it|this|that) (?:was|is|will be) the last time (?:she|he|they|you|we|shell|hell|theyll|youll)(?: will| ll)? (?:see|saw|sees|hug|hugs|hear|talk to|speak to) me(?= $| alive | and | but | so )| (?:hajui|hawajui|hakujua|hawakujua) (?:kwamba |kuwa )?(?:ni|itakuwa|ilikuwa) mara ya mwisho (?:ananiona|atanion\\p{L}*|wananiona|watanion\\p{L}*|tunaonana|tutaonana)(?= $| akiwa hai | lakini )',
    ),
    unlessBefore: re(
      ' (?:moving|move|abroad|travel\\p{L}*|nahamia|kuhamia|safari|marekani|ulaya|majuu|dubai|qatar|uk|states|ex) ',
    ),
    unlessNear: re(
      ' (?:moving|move|abroad|travel\\p{L}*|nahamia|kuhamia|safari|marekani|ulaya|majuu|dubai|qatar|uk|states|blocked) ',
    ),
  },
];
