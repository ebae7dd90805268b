import type { Clause } from './normalise.js';
import { BACKSTOP, type Cue, type Tier } from './patterns.js';
import { insideQuotes } from './reading.js';

// The backstop (RULES.md, "How a clause is judged", 4): a clause no cue named still counts by its words about killing
// oneself or dying, when they are the speaker's own.

/** After a reflexive ("myself", "my life") inside the phrase, what says the thoughts go on now ("… started when he
 * left and they are worse now", "… wake me up every night"), not that they stopped. */
const GOING_ON =
  /^ (?:\p{L}+ ){0,2}?(?:are(?! (?:gone|not|over))|is(?! (?:gone|not|over))|keep|keeps|come|comes|came|started|start|starts|wake|woke|have not (?:stopped|left|gone)|havent (?:stopped|left|gone)|never (?:stopped|left)|wont|will not|zimerudi|ziko|zinakuja|led me|crossed|cross|hit|hits|have been|has been)\b/u;
/** … and what ends or denies them (stopped, gone, a denial), unless they "have not stopped". */
const ENDED =
  / (?:stopped|stop|gone|went away|ended|faded|passed|left when|hazipo|not there|anymore|any more|no longer|no|not|dont|never had|sina|hakuna|zero|zimeisha|zilikwisha|zimekwisha|zilikuwa) /u;
/** … or says them of another or as asked, quoted, joked: a report, not the speaker's now (red teams 149, 150). */
const REPORTED =
  / (?:asked|asks|about|question|form|said|says|talked|read|reading|wrote|writes|file|told|if|kama|whether|think|thinks|wanadhani|when my|is it|does|can|advice|anyone|lol|haha|hahaha|slide|class|group|lecture|story|(?:19|20)\p{N}{2}) /u;

/** "the thoughts of killing myself came back": a reflexive in an article-led phrase makes it the speaker's, when the
 * clause says the thoughts go on and nothing in it ends, denies, asks or reports them (red team 149). */
function reflexiveGoingOn(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length - 1);
  const hasLeft = / (?:have not|havent|never) (?:stopped|left|gone)/u.test(after);
  return (
    / (?:myself|my self|my (?:own )?life) /u.test(` ${m[0].trim()} `) &&
    GOING_ON.test(after) &&
    (hasLeft || !ENDED.test(text)) &&
    !REPORTED.test(text)
  );
}

/** A noun phrase about suicide or self-harm is the speaker's when the clause has a first-person word, is not said to
 * someone else, and the phrase is not someone else's ("his suicide attempt"). */
export function owns(c: Clause, previous: Clause | undefined, m: RegExpExecArray): boolean {
  const before = c.text.slice(0, m.index + 1);
  // "I survived a suicide attempt": an article after the speaker's own verb still makes it theirs.
  const ownArticle = / i (?:\p{L}+ ){0,3}(?:survived|made|had|did|went through|after) (?:a|the) $/u.test(before);
  const reflexive = / (?:a|the) $/u.test(before) && reflexiveGoingOn(c.text, m) && !insideQuotes(c.raw, m[0]);
  if ((!ownArticle && !reflexive && / (?:his|her|their|your|a|the) $/u.test(before)) || BACKSTOP.addressed.test(c.text))
    return false;
  // "I can't help it, but self harm …": the subject may sit in the clause before.
  return BACKSTOP.firstPerson.test(c.text) || (previous !== undefined && BACKSTOP.firstPerson.test(previous.text));
}

/** A clause no cue named, read by the backstop's words (see patterns.ts). */
export function backstop(
  c: Clause,
  previous?: Clause,
):
  | {
      cue: Pick<Cue, 'tier' | 'negativeForm' | 'needsOwner' | 'raiseOnly'>;
      m: RegExpExecArray;
    }
  | undefined {
  // A word about suicide or self-harm counts only when the speaker owns it, not in talk about it or to someone else.
  const kill = BACKSTOP.selfKill.exec(c.text);
  // "I lost my job, suicidal every day now": the subject may sit in the clause before, in the same sentence.
  const owned =
    BACKSTOP.ownSelfKill.test(c.text) ||
    BACKSTOP.firstPerson.test(c.text) ||
    (previous !== undefined && BACKSTOP.firstPerson.test(previous.text) && !BACKSTOP.addressed.test(previous.text));
  if (kill && owned && !BACKSTOP.addressed.test(c.text)) {
    const tier: Tier = BACKSTOP.attempt.test(c.text) ? 'behaviour' : BACKSTOP.plan.test(c.text) ? 'plan' : 'active';
    return { cue: { tier }, m: kill };
  }
  if (!BACKSTOP.firstPerson.test(c.text)) return undefined;
  // Fear of dying is no wish; held back by fear ("too afraid of dying to do anything") is the too_afraid cue's. Every
  // dying word is read: a fear of dying first does not hide "… na kila siku nawaza kifo changu" later in the clause,
  // and "my battery is dying and so am i" takes the dying as the speaker's own.
  const words = dyingWords(c.text);
  const feared = (m: RegExpExecArray) => covers(FEAR_ALL, c.text, m);
  const ownAnyway = TAKEN_AS_OWN.test(c.text);
  const dying = words.find((m) => ownAnyway || !feared(m));
  if (!dying) return undefined;
  // Only the first dying word, not a fear, is read as it always was; any other counts only where it reads ideation
  // (raise only): a later "my dad is dead" judged someone else's must not silence the learned readings.
  const asBefore = dying === words[0] && !feared(dying);
  return { cue: { tier: 'passive', ...(asBefore ? {} : { raiseOnly: true }) }, m: dying };
}

/** Each dying word of the clause, with its spaces as the backstop's pattern has them; neighbours share a space. */
function dyingWords(text: string): RegExpExecArray[] {
  const all = new RegExp(BACKSTOP.dying.source, 'gu');
  const out: RegExpExecArray[] = [];
  for (let m = all.exec(text); m; m = all.exec(text)) {
    out.push(m);
    all.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

const FEAR_ALL = new RegExp(BACKSTOP.fearOfDeath.source, 'gu');
const TAKEN_AS_OWN = / (?:so am i|as am i|like me|me too|i am too|na mimi pia|kama mimi) /u;

/** Some match of `all` (a global regex) in `text` covers the match `m`. */
function covers(all: RegExp, text: string, m: RegExpExecArray): boolean {
  for (const x of text.matchAll(all))
    if (x.index <= m.index + 1 && m.index + m[0].length - 1 <= x.index + x[0].length) return true;
  return false;
}
