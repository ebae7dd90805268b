import type { Cue } from './patterns.js';
import { FORM_COLON, re, SW_WANT } from './words.js';

// Wishes to be dead told without a death word that a red team found no cue for (RULES.md, "Wishes without a death
// word"): glad or at peace if one's life ended or God took one, not minding never waking, leaving this world in
// Swahili and Sheng, taking oneself out of this world. Raise only.

/** The wish ends its clause, or only "forever", "for good", "tomorrow", "honestly" and the like follow: not "if I
 * didn't wake up early", "when God takes me through this season", "wish I hadn't made it so obvious". */
const THEN_STOPS = '(?: (?:forever|for good|anymore|any more|tomorrow|again|honestly|tbh|lol))? $';

/** A happy condition, a game, old age and faith, a report or a line, anywhere in the check-in: "i would be happy if i
 * died" said of a match won, a child's graduation, a full life or a play (review 36). */
const CONTENT = re(
  ' (?:if (?!i (?:just )?died)|kama (?!ningekufa)|once|after (?:the|my|that|this|i|we)|mradi|win|wins|won|beat|lose|loses|lost|wakishinda|wakichukua|ubingwa|tumeshinda|nimeokoka|nimezeeka|qualify|pass|graduate|married|game|pubg|call of duty|fortnite|respawn|line is|acting|bibi|babu|grandfather|grandmother|grandma|grandpa|says|said|anasema|alisema|asked|aliniuliza|saved|heaven|jesus|kwa bwana|na bwana|kwa mungu|to god|with god|years old|miaka (?:\\p{N}+|tisini|themanini|sabini)|wajukuu|grandchildren|bucket list|bungee|graduation|concert|league|derby|mechi|match|traffic|exam|mtihani|interview|before therapy|now i enjoy|tbh|lol|haha|watoto wangu wamesoma|kids would eat|in my sleep at|item \\p{N}+) ',
);

export const INDIRECT_CUES: readonly Cue[] = [
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ` (?:i would|id|i d|i will|ill|i ll) (?:honestly |really |actually |just )?(?:be )?(?:so |really |honestly |quite )?(?:happy|glad|relieved|grateful|at peace|fine|okay|ok|alright) (?:if|when) (?:my life (?:just )?(?:ended|ends|was over|were over)|god (?:took|takes|would take) me|i (?:didnt|did not|never|wouldnt|would not) (?:wake|woke) up|(?:it all|everything) (?:just )?(?:ended|ends|was over)|i (?:was|were) (?:gone|no longer here|not here)|i (?:wasnt|werent) here)${THEN_STOPS}`,
    ),
  },
  // Not minding never waking, wishing one had not made it ("i would not mind if i never woke up").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ` (?:i )?(?:would not|wouldnt|wont|will not|do not|dont) mind if i (?:never|didnt|did not|dont|do not) (?:wake|woke) up${THEN_STOPS}| (?:i )?(?:wish|wished) i (?:(?:had not|hadnt) made it(?: back| home| out| through| alive)?|(?:didnt|did not) make it (?:back|through|out alive|alive))${THEN_STOPS}`,
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:ningefurahi|ningefurahia|ingekuwa (?:poa|bora|heri|sawa)|sijali|singejali|sitajali) (?:sana |tu |hata )?(?:kama |ikiwa |endapo )?(?:maisha yangu (?:yangeisha|yakiisha|yaishe|yangefika mwisho)|mungu (?:akinichukua|angenichukua|anichukue)|(?:nisingeamka|nisipoamka|nisiamke)(?! mapema| saa| asubuhi| hadi| mpaka| mchana)|(?:ningeondoka|nikiondoka) (?:hii dunia|duniani)|nisingekuwepo|nisipokuwepo) ',
    ),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(
      ` (?:${SW_WANT}|niko tayari|ni bora|bora) (?:tu |sana )?(?:kuondoka|niondoke|kutoka|nitoke|kuacha|niache) (?:tu )?(?:hii dunia|dunia hii|duniani|hapa duniani)(?! (?:ya|la|za|wa)\\b) `,
    ),
  },
  // Taking or removing oneself out of this world, earth or life ("thoughts of removing myself from this life"):
  // thoughts of killing oneself in other words; not "from the life I was living", "out of the world for a weekend".
  // Ending "all this" with one's own hands, oneself, at the clause's end ("kumaliza haya yote kwa mikono yangu
  // mwenyewe").
  {
    tier: 'active',
    code: 'self_kill',
    re: re(
      ` (?:take|taking|took|remove|removing|removed) my ?self (?:out of|from|away from|off) (?:this (?:world|life|earth|planet)|the (?:world|earth|planet)|existence)(?! (?:of|for|i|we)\\b) | (?:kumaliza|kuyamaliza|nimalize) haya yote kwa mikono yangu mwenyewe${THEN_STOPS}`,
    ),
  },
];

/** Its own list, read beside the older cues (index.ts keeps the graver of the readings with and without it). */
export const WISH_IF_DIED_CUES: readonly Cue[] = [
  // Glad, at peace or not minding if one died, said of oneself now ("i would be relieved if i died", "ningefurahi
  // nikifa", "sitajali nikifa"), its own cue so that it cannot hide an older one's later match; not of a match won, a
  // child's wedding, a full life or a game (CONTENT); "wakati mwingine" after it is the next sentence's "sometimes".
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ` (?:(?:i would|id|i d) (?:honestly |really |actually |just )?(?:be )?(?:so |really |honestly |quite )?(?:happy|glad|relieved|grateful|at peace|fine|okay|ok|alright)|i (?:would not|wouldnt) (?:mind|care)) if i (?:just )?(?:died|was dead|were dead)${THEN_STOPS}| (?:ningefurahi|ningefurahia|singejali|sitajali|ingekuwa (?:poa|bora|heri)) (?:sana |tu |hata )?(?:kama )?(?:nikifa|ningekufa)(?: (?:leo|kesho|sasa|tu|kabisa|hivi|usingizini|usiku))*(?= $| (?!(?:nikiwa|niki\\p{L}+|baada|kama|mradi|wakati(?! mwingine)|ikiwa|endapo|kwa|for|when|after|at|in|if)\\b)\\p{L}+)`,
    ),
    unlessWhole: CONTENT,
    // A form's colon, or delight, thanks or rolled eyes beside it.
    unlessWritten: new RegExp(`${FORM_COLON}|[\u{1F60D}\u{1F64F}\u{1F644}\u{1F602}\u{1F923}]`, 'u'),
  },
];
