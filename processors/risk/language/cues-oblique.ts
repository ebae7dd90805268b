import type { Cue } from './patterns.js';
import { re } from './words.js';

// Crises told without the plain words, which a blind set written for them showed missing (probes23.jsonl, PROBES.md;
// read after its first scoring), narrowed by two reviews that wrote ordinary talk against each (reviews 11 and 12):
// hoping not to wake, thoughts of suicide said to be back, held back only by someone from ending it, Swahili euphemisms
// for ending one's life, not caring if a vehicle hit one. Withdrawn after the reviews: ways looked up, thinking how one
// would do it, a day chosen said alone, a last goodbye, "kitu pekee kinachonizuia" (each said as often of a task, a
// recipe, a wedding, a move abroad or a marriage).

/** Swahili and Sheng for ending one's own life that the older cues do not name; not leaving a group or someone's life. */
/** Out of this world, not out of a group's or someone's world ("… ya kazi", "… kwa wiki moja tu"). */
const FROM_WORLD =
  '(?:duniani|kwenye (?:hii )?dunia(?: hii)?)(?! (?:hii )?(?:ya|mwa|mwako|mwake|mwao|mwangu|mwenu|kwa|kwake|kwako|kidogo|(?:wiki|siku|mwezi) (?:hii|moja|mbili) tu)\\b)';
const SW_EUPHEMISM = `(?:kujiondoa ${FROM_WORLD}|kukatisha maisha(?: yangu)?(?! ya)|kujiua mimi mwenyewe)`;
/** Thinking of, wanting or feeling like it. */
const SW_TOWARD =
  '(?:nina mpango wa|napanga|nimepanga|nawaza|nafikiria|ninawaza|ninafikiria|nikiwaza|nikifikiria|nimekuwa nikiwaza|nimekuwa nikifikiria|nimeanza kuwaza|nimeanza kufikiria|mawazo ya|thoughts za|nataka|natamani|naskia tu|naskia kama|nafeel kama)';
/** Someone the speaker stays for. */
const KEEPER =
  '(?:(?:my |the )?(?:mum|mom|mother|mama|mathe|dad|father|kids|children|child|son|daughter|family|wife|husband|baby|sister|brother|grandmother|grandma|shosho|dog|cat|faith|god)|watoto(?: wangu)?|mama(?: yangu)?|familia(?: yangu)?|mungu)';
/** An ordinary goal held back ("i want to move out the only thing stopping me is my mum"). */
const ORDINARY_GOAL =
  ' (?:want|wanna|would love|d love|would quit|like to|nataka|natamani|ningependa|ningeacha|ningehamia|kuhamia|kuacha|kusafiri|quit|move|travel|study|school|campus|dubai|qatar|salon|business|biashara|tattoo|job|kazi) ';

/** Beside thoughts of suicide: people at large, not the speaker (also cues-thoughts.ts). */
export const AT_LARGE = re(
  ' (?:among|amongst|rates?|cases|statistics|society|people|vijana|wanafunzi|youth|teens|students|men|women|kenya|winter|according|research|study) ',
);

/** … then, within a few words, not minding it or finding it a relief, and nothing else after. */
const NOT_MINDING =
  '(?: \\p{L}+){0,4}? (?:singejali|sitajali|singelalamika|ingekuwa (?:relief|poa|sawa|bora)|i (?:wouldnt|would not) (?:care|mind|complain)|i would be (?:relieved|glad)|it would be a relief)(?: (?:hata kidogo|at all|kabisa|honestly|tu|ingekuwa (?:kama )?relief(?: tu)?)){0,2} $';

export const OBLIQUE_CUES: readonly Cue[] = [
  // "najiondoa duniani", "nitajiondoa duniani": the euphemism said as one's own act to come (red team 163).
  {
    tier: 'active',
    code: 'intent',
    // … and "naona bora nijiondoe duniani" (better I remove myself), said last (red team 218, session 50).
    re: re(
      ` (?:(?:na|nita|nina)jiondoa ${FROM_WORLD}|(?:bora|afadhali|heri) (?:tu )?nijiondoe duniani(?= *$| (?:tu|kabisa|milele) *$))`,
    ),
  },
  // "roho yangu haitaki kuishi" (my soul does not want to live), as "sitaki kuishi" is (red team 218, session 50).
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      // Said last: "… haitaki kuishi mjini", "… bila wewe" (a song, a quote) are where or how to live (a review).
      ' (?:(?:roho|nafsi) yangu|moyo wangu) (?:haitaki|hautaki|haitamani|hautamani|haina hamu ya|hauna hamu ya) (?:tena )?(?:kuishi|kuendelea kuishi)(?: tena| kabisa| hata kidogo)?(?= *$)',
    ),
  },
  // "I go to bed hoping I just don't wake up", not "… don't wake up the baby", "… groggy", "… at 3am" (the older
  // cues-implicit.ts and cues-speech.ts read "hope", "wish" and "won't wake"; these forms only at a clause's end).
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' (?:hoping|hoped|wishing|wished|praying|prayed)(?: that)?(?: i| god)?(?: would| will| could)?(?: just| simply)? (?:dont|do not|wouldnt|didnt|doesnt|wont|never|not) (?:let me )?wake up(?= $| (?:in the morning|tomorrow morning|tomorrow|ever again|at all|anymore|any more|one day|someday) $)',
    ),
  },
  // "nimechoka kuwepo tu" (tired of existing), not of being somewhere or some way ("… nairobi", "… bila kazi").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' nimechoka (?:na )?(?:kuwepo|kuexist)(?= $| (?:tu|kabisa|duniani|kwenyewe) $)'),
  },
  // "kama nduthi ingenigonga leo singejali" (if a motorbike hit me today I would not mind).
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:kama|if) (?:a |the |hii |ile )?(?:gari|nduthi|boda|matatu|lori|basi|bus|car|truck|lorry|motorbike|train|treni) (?:ingenigonga|ikinigonga|inigonge|ingeniua|hit me|ran me over|would hit me|knocked me down)' +
        NOT_MINDING,
    ),
  },
  // The same said "if i got hit by …", "nikigongwa na …" (session 45), not where the sentence gives an everyday reason.
  {
    tier: 'passive',
    code: 'wish_dead',
    unlessSentence: re(' (?:insurance|bima|day off|off work|sick leave|on leave|likizo|compensation|fidia) '),
    re: re(
      ' (?:if i (?:got|get|was|were) (?:hit|run over|knocked down) by (?:a |the )?(?:bus|car|truck|lorry|motorbike|boda|matatu|train)|(?:kama )?(?:nikigongwa|ningegongwa) na (?:gari|nduthi|boda|matatu|lori|basi|treni))' +
        NOT_MINDING,
    ),
  },
  // "thoughts of suicide" with no owner named, said to be back or worse: the speaker's own in a check-in; not what a
  // talk, a doctor or the radio said of them, nor a worry that they might come back.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    // "they" in "suicidal thoughts they are back" is the thoughts, not someone else.
    selfReferring: true,
    re: re(
      ' (?<! (?:his|her|their|your|friends|brothers|sisters|cousins|moms|mums|dads|sons|daughters|husbands|wifes|mothers|fathers|about|on|if|whether|that) )(?:the |those |these |my |and )?(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing myself|ending my life)|thoughts za (?:suicide|kujiua))(?: though| tho| too)?(?: (?:are|is|have been|has been|they are|theyre|they re|those are|those have been|they have been)(?: (?!not\\b|never\\b|no\\b|less\\b|barely\\b|hardly\\b|rarely\\b)\\p{L}+| pretty much| almost| nearly| basically| kind of| sort of)? (?:back|getting (?:worse|stronger|louder|more frequent)|worse|stronger|louder|constant|more (?:and more )?(?:frequent|often)|here again|back again|creeping back)| (?:they |those )?(?:have )?returned| (?:came|keep coming|kept coming|are coming|have come|has come) back| (?:zimerudi|zinarudi|zimeongezeka|zinaongezeka|zinazidi|zimezidi))(?= $| (?:again|now|today|tonight|this week|lately|and|na|since|every|kila) )',
    ),
    unlessBefore: re(
      ' (?:if|when|whether|asked|ask|discussed|discuss|preached|talked|talk|says|said|worry|worried|afraid|kama|kuhusu|doctor|radio|show|class|group|pastor) ',
    ),
    unlessNear: AT_LARGE,
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
      ' (?:sitakuwepo (?:kwa muda mrefu|for long|much longer)|i (?:wont|will not) be (?:around|here) (?:for long|much longer|long))(?: (?:na|and))?(?: kusema kweli| honestly| to be honest)? (?:natumaini|i hope|hopefully) (?:iwe hivyo|itakuwa hivyo|so|its so|it is so|thats true|that is true) ',
    ),
  },
  // Not meaning to be alive long ("… sorted the will … because honestly i dont plan to be around long after the move";
  // red team 283): not a stay somewhere ("… around long at the party", "… here long, this job").
  {
    tier: 'passive',
    code: 'wish_dead',
    negativeForm: true,
    re: re(
      ' i (?:dont|do not) (?:plan|intend|expect|want) to be (?:around|alive) (?:for )?(?:long|much longer|much more|anymore)(?! (?:at|in|there|here|tonight|today|for (?:the|dinner|lunch|supper))(?= )) ',
    ),
  },
  // Held back only by someone from ending it, or who must not find one ("the only thing stopping me from ending it is my
  // mum", "… is my mum i dont want her to be the one who finds me"), not a move or a trip held back by family; the
  // Swahili "kitu pekee kinachonizuia ni …" and a last goodbye "she doesn't know it's the last time she'll see me" were
  // withdrawn (said as often of leaving a marriage or moving abroad: review 12).
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    selfReferring: true,
    re: re(
      ` (?:the )?only (?:thing|reason|one|person|people|ones) (?:stopping|holding|keeping) me(?: back)?(?: from (?:doing it|going through with it|ending it|ending my life|killing myself)(?: right now| now| anymore)? (?:is|are) ${KEEPER}|(?: right now| now| anymore)? (?:is|are) ${KEEPER} i (?:dont|do not) want (?:her|him|them) to (?:be the one (?:who|to) )?finds? me) `,
    ),
    unlessBefore: re(ORDINARY_GOAL),
  },
];
