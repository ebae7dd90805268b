import { EVERYDAY, EVERYDAY_MANNER } from './cues-means.js';
import type { Cue } from './patterns.js';
import { EN_SELF_KILL, re } from './words.js';

// English as East Africans speak it, and general wordings a red team of the rules found missing (RULES.md, "Red
// team"): "tired of this life", "let me just die", "the only thing stopping me", "my mother stopped me from killing
// myself", "i tried to commit". Aliases for "finish myself" and "take away my life" are in normalise.ts.

export const EA_ENGLISH_CUES: readonly Cue[] = [
  // Passive: tired of or given up on life, asking what living is for, wanting God to take one or to join the dead.
  {
    tier: 'passive',
    code: 'tired_living',
    re: re(
      ' (?:tired|sick|fed up) (?:of|with) (?:existing|being alive|breathing) | fed up (?:with|of) living | (?:given|gave) up on (?:this |my )?life(?! (?:in|at|as|of)\\b) ',
    ),
  },
  {
    tier: 'passive',
    code: 'no_point_living',
    negativeForm: true,
    re: re(
      ' (?:what is the (?:use|need|point|reason) (?:of|for) (?:me )?(?:living|being alive|life)|why should i (?:live|be alive|continue living)|(?:i )?(?:cannot|cant|can not) continue living|i (?:cannot|cant|can not) live (?:again|anymore|any more|any longer))(?! (?:in|at|with|without|here|there|like|on|under)\\b) | why am i still alive | what am i living for | (?:dont|do not) want to be here (?:again|anymore|any more|any longer|either) | (?:dont|do not) want to see tomorrow ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:(?:may|let) god (?:just )?take me|if god (?:could|would|can) (?:just )?take me)(?= $| (?:now|away(?! from)|to heaven|already|tonight|today|in my sleep)\\b)| (?:pray|wish|hope) (?:that )?god (?:would |will |could |can )?takes? my life | (?:want|wish|wishing) to (?:go and )?join my (?:late|dead|departed) | let me (?:just )?die ',
    ),
  },
  // Active: letting oneself go, a reason for not acting, harm to oneself, the idea always there.
  {
    tier: 'active',
    code: 'suicidal_thoughts',
    re: re(
      ` let me (?:just )?(?:go and )?${EN_SELF_KILL} | (?:do|doing) something (?:bad|stupid|terrible|dangerous) to my ?self | the only (?:thing|reason|one|ones|people) (?:stopping|keeping|holding) me (?:back |from \\p{L}+ |alive |here )?(?:is|are) (?:my (?:kids|children|child|family|mother|mum|mom|dad|father|wife|husband|daughter|son|baby|parents|faith)|the thought of my|god|fear) | (?:if (?:it was|it were|it is|its) not for|if not for|were it not for) (?:my|the) (?:\\p{L}+ ){1,2}i (?:would|could) have (?:killed my ?self|ended my life|committed suicide|died) | (?:idea|thought|thoughts|urge|urges) of (?:suicide|killing my ?self|ending my life) (?:is|are|keeps?|keep) (?:still |always )?(?:there|coming|with me) | i would have (?:killed my ?self|ended my life|committed suicide)(?! if| laughing| working| trying| running)| (?:(?:the |a |my |these |this )?(?:voices?|mind|head|brain|heart|thoughts?|devil|demon|spirit)|something(?: inside(?: me)?)?) (?:is |are |keeps |keep |kept )?(?:telling|tells|told) me to (?:go )?(?:kill my ?self|die|end my life|hang my ?self) | we (?:want|wanted|are thinking of|think of) (?:to )?(?:kill|killing) ourselves `,
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(' (?:thought|thoughts|idea) of (?:dying|death) (?:is|are) (?:always |still )?(?:there|with me) '),
  },
  // Plan: intent told with "own life", "my self" or "go and", or by a couple together; a bare "commit" in the future.
  {
    tier: 'plan',
    code: 'intent',
    re: re(
      ' i (?:will|shall|am going to|am about to) (?:just )?(?:go and )?(?:take|end) my own life | i (?:will|shall|am going to) (?:just )?go and (?:kill my ?self|end my life|take my life) | we (?:will|shall|are going to|have decided to) (?:kill|hang|poison|drown) ourselves ',
    ),
  },
  // Plan: killing oneself with a time right after it ("i want to kill myself today").
  {
    tier: 'plan',
    code: 'intent',
    re: re(' (?:kill my ?self|end my life|take my life) (?:today|right now|this evening|this night) '),
  },
  // Behaviour: an almost, an interrupted or a bare "commit" attempt; harm done to oneself; a noose on.
  {
    tier: 'behaviour',
    code: 'attempt',
    re: re(
      ` (?:almost|nearly) (?:ended|took|committed) (?:my life|suicide) | stopped me before i could (?:kill my ?self|hang my ?self|end my life|take my life) | we tried to (?:kill|hang|poison|drown) ourselves | tried to commit(?= $| (?:suicide|last|yesterday|again|twice)\\b) | stopped me from (?:${EN_SELF_KILL}|killing my ?self|ending my life) | (?:rope|noose) (?:is )?(?:around|round|on) my neck | (?:nina|niko na|nimeweka|nimejifunga) kamba shingoni `,
    ),
  },
  {
    tier: 'behaviour',
    code: 'self_harm',
    re: re(
      ' (?:i )?(?:harm|burn|burnt|burned|injured) my ?self on purpose | (?:i )?(?:harm|burn) my ?self | (?:cut|cutting|slashed|slash|slit) my veins ',
    ),
    unlessNear: EVERYDAY,
    unlessBefore: EVERYDAY_MANNER,
  },
  {
    tier: 'plan',
    code: 'plan',
    re: re(
      ' (?:wrote|written|writing|write) (?:\\p{L}+ )?(?:suicide (?:notes|letters)|goodbye (?:notes|letters)(?! to (?:my )?(?:colleagues|classmates|students|pupils|team|workmates|coworkers|co workers|staff|congregation|friends at)\\b)) | (?:gave|given|giving|give) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|clothes) ',
    ),
  },
];
