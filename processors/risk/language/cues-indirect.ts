import type { Cue } from './patterns.js';
import { re, SW_WANT } from './words.js';

// Wishes to be dead told without a death word that a red team found no cue for (RULES.md, "Wishes without a death
// word"): glad or at peace if one's life ended or God took one, leaving this world in Swahili and Sheng. Raise only.

export const INDIRECT_CUES: readonly Cue[] = [
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:i would|id|i d|i will|ill|i ll) (?:honestly |really |actually |just )?(?:be )?(?:so |really |honestly |quite )?(?:happy|glad|relieved|grateful|at peace|fine|okay|ok|alright) (?:if|when) (?:my life (?:just )?(?:ended|ends|was over|were over)|i (?:didnt|did not|never|wouldnt|would not) (?:wake|woke) up|god (?:took|takes|would take) me|(?:it all|everything) (?:just )?(?:ended|ends|was over)|i (?:was|were) (?:gone|no longer here|not here)|i (?:wasnt|werent) here) ',
    ),
  },
  // Not minding never waking, wishing one had not made it ("i would not mind if i never woke up").
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:i )?(?:would not|wouldnt|wont|will not|do not|dont) mind if i (?:never|didnt|did not|dont|do not) (?:wake|woke) up | (?:i )?(?:wish|wished) i (?:had not|hadnt|didnt|did not) (?:made|make) it(?: back| home| out)? ',
    ),
  },
  {
    tier: 'passive',
    code: 'wish_dead',
    re: re(
      ' (?:ningefurahi|ningefurahia|ingekuwa (?:poa|bora|heri|sawa)|sijali|singejali|sitajali) (?:sana |tu |hata )?(?:kama |ikiwa |endapo )?(?:maisha yangu (?:yangeisha|yakiisha|yaishe|yangefika mwisho)|mungu (?:akinichukua|angenichukua|anichukue)|nisingeamka|nisipoamka|nisiamke|(?:ningeondoka|nikiondoka) (?:hii dunia|duniani)|nisingekuwepo|nisipokuwepo) ',
    ),
  },
  {
    tier: 'passive',
    code: 'want_die',
    re: re(
      ` (?:${SW_WANT}|niko tayari|ni bora|bora) (?:tu |sana )?(?:kuondoka|niondoke|kutoka|nitoke|kuacha|niache) (?:tu )?(?:hii dunia|dunia hii|duniani|hapa duniani) `,
    ),
  },
];
