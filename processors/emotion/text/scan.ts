import type { Cue } from './lexicons/types.js';
import { learnedAt, type Learned } from './learned.js';
import { NEGATION_COORDINATORS, SW_NOT_YET_VERB } from './lexicons/sw.js';
import { cueAt, functionAt } from './match.js';
import type { Token } from './tokens.js';

// One left-to-right pass: cues with their negation, intensity and clause position; reassurance phrases aside.

export interface Found extends Cue {
  /** Intensity multiplier from intensifiers and stretched letters. */
  mult: number;
  negated: boolean;
  /** Token span [from, to) shown as evidence, negator included. */
  from: number;
  to: number;
  /** Index of the contrast clause ("but", "lakini") the cue is in: 0 before any. */
  clause: number;
}

/** A word only the corpus-derived lists know (learned.ts), with the negation and clause it is in. */
export interface LearnedHit extends Learned {
  at: number;
  negated: boolean;
  clause: number;
}

export interface Scan {
  found: Found[];
  learned: LearnedHit[];
  reassurance: string[];
  /** Token indices inside a reassurance phrase: never emotional evidence for the classifier. */
  reassuranceAt: number[];
  clauses: number;
}

const NEG_SCOPE = 3; // a negator reaches the next 1–3 tokens
const PRE_SCOPE = 2; // "very very sad", "so damn tired"
const INTENSIFY = 1.5;
const STRETCHED = 1.3; // "sooo", "nimechokaaa"

export function scan(tokens: Token[], swFirst: boolean): Scan {
  const found: Found[] = [];
  const learned: LearnedHit[] = [];
  const reassurance: string[] = [];
  const reassuranceAt: number[] = [];
  let negFrom = -1;
  let negUntil = -1;
  let preUntil = -1;
  let preMult = 1;
  let clause = 0;
  const last = () => found[found.length - 1];
  const push = (cue: Cue, from: number, to: number, negated: boolean) => {
    let mult = from <= preUntil ? preMult : 1;
    for (let k = from; k < to; k++) if (tokens[k]!.elongated) mult *= STRETCHED;
    const start = negated && negFrom >= 0 && negFrom < from ? negFrom : from;
    found.push({ ...cue, mult, negated, from: start, to, clause });
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.boundary) negUntil = preUntil = -1;
    const inNeg = i <= negUntil;
    let fn = functionAt(tokens, i);
    // A cue phrase led by a negator ("sina nguvu", "can't sleep") is read whole, not as negator + word.
    const led = fn?.kind === 'negator' ? cueAt(tokens, i, swFirst) : undefined;
    if (led && fn && led.len > fn.len) fn = undefined;
    if (fn?.kind === 'reassurance') {
      // "nothing", "sina" lead phrases but also negate what follows: "nothing makes me happy".
      const negates = fn.len === 1 && fn.phrase === 'nothing' && cueWithin(tokens, i + 1, swFirst);
      if (!negates) {
        // Negated reassurance ("sio poa", "i'm not fine") is distress, not reassurance.
        if (inNeg) push({ cat: 'happy', v: 2, w: 1 }, i, i + fn.len, true);
        else if (!reassurance.includes(fn.phrase)) reassurance.push(fn.phrase);
        for (let k = i; k < i + fn.len; k++) reassuranceAt.push(k);
        i += fn.len;
        continue;
      }
    }
    if (fn?.kind === 'negator' || fn?.kind === 'reassurance') {
      negFrom = i;
      negUntil = i + fn.len - 1 + NEG_SCOPE;
      i += fn.len;
      continue;
    }
    if (fn?.kind === 'pre') {
      preMult = t.elongated ? INTENSIFY * STRETCHED : INTENSIFY;
      preUntil = i + fn.len - 1 + PRE_SCOPE;
      i += fn.len;
      continue;
    }
    if (fn?.kind === 'contrast') {
      clause++;
      negUntil = preUntil = -1;
      i += fn.len;
      continue;
    }
    if (fn?.kind === 'post') {
      const prev = last();
      // "nimechoka sana" strengthens the cue just before; "mbaya"/"noma" only right after one, else they are words.
      const reach = fn.contextual ? 1 : 2;
      if (prev && prev.clause === clause && i - prev.to < reach) {
        prev.mult *= INTENSIFY;
        i += fn.len;
        continue;
      }
      if (!fn.contextual) {
        i += fn.len;
        continue;
      }
    }
    const cm = cueAt(tokens, i, swFirst);
    if (cm?.kind === 'cue') {
      push(cm.cue, i, i + cm.len, cm.negated || inNeg);
      i += cm.len;
      // "… wasiwasi au hofu": the negation reaches on past the coordinator.
      if (inNeg && NEGATION_COORDINATORS.has(tokens[i]?.text ?? '')) negUntil = i + NEG_SCOPE;
      continue;
    }
    // Only before a cue: over the corpus-learned words that follow ("hajawahi kunidanganya") it flipped noise.
    if (
      swFirst &&
      i + 1 < tokens.length &&
      SW_NOT_YET_VERB.test(t.text) &&
      cueAt(tokens, i + 1, swFirst)?.kind === 'cue'
    ) {
      negFrom = i;
      negUntil = i + 1;
      i++;
      continue;
    }
    const l = t.emoji ? undefined : learnedAt(t.text, swFirst);
    if (l) learned.push({ ...l, at: i, negated: inNeg, clause });
    i++;
  }
  return { found, learned, reassurance, reassuranceAt, clauses: clause };
}

/** Whether an emotional cue starts within the negation scope after i. */
function cueWithin(tokens: Token[], i: number, swFirst: boolean): boolean {
  for (let k = i; k < Math.min(tokens.length, i + NEG_SCOPE); k++) {
    if (tokens[k]!.boundary) return false;
    if (cueAt(tokens, k, swFirst)) return true;
  }
  return false;
}
