import { agreedSuggestion } from './agreement.js';
import { clauses, type Clause } from './normalise.js';
import { aboutSomeoneElse, insideQuotes, joinedPredicate, negated, ownWords, sentenceFrame } from './reading.js';
import {
  ADVICE,
  BACKSTOP,
  CONTINUING,
  CUES,
  DISTRESS,
  HISTORY,
  IDIOMS,
  MILESTONE,
  MILESTONE_RECENT,
  OTHERS_IDEATION,
  PAST_ANCHOR,
  PLAN_STATED,
  ADVICE_SELF_KILL,
  REASSERT,
  SERIOUS,
  PAST_TENSE,
  PLUPERFECT,
  PRESENT,
  QUOTE,
  QUOTED_SPEECH,
  RECENT,
  RECOVERED,
  REPORTED,
  SERVICE,
  TOLD_TO,
  TIMING,
  UNTIL,
  WEEKS_AGO,
  type Cue,
  type Tier,
} from './patterns.js';

// The crisis-language layer (issue 11 item 1): the speaker's own current ideation, graded in C-SSRS-like tiers,
// told apart from negation, idiom, quotation, advice, reports about someone else and ideation described as over.
// When in doubt between the speaker's own current risk and something milder, it keeps the risk: a missed crisis is
// the worst error this service can make.

export type CrisisTier = 'none' | Tier;
export const TIERS: readonly CrisisTier[] = ['none', 'passive', 'active', 'plan', 'behaviour'];

export interface LanguageFactor {
  /** ideation_<tier>, third_party, history, past_unclear, negated, idiom, quote, advice, mention, no_wish, or
   * distress_<code>. */
  code: string;
  tier?: Tier;
  /** Distress signals only: how much they add on their own. */
  weight?: number;
  /** The short clause that triggered it (at most 80 characters), never the whole transcript. */
  span: string;
}

export interface CrisisLanguage {
  tier: CrisisTier;
  factors: LanguageFactor[];
}

const SPAN_MAX = 80;
// A service's name is no cue ("called the suicide prevention hotline, I felt suicidal today" still is one).
const SERVICES = new RegExp(SERVICE.source, 'gu');
const IDIOMS_ALL = new RegExp(IDIOMS.source, 'gu');
const TOLD_TO_ALL = new RegExp(TOLD_TO.source, 'gu');
const MILESTONE_ALL = new RegExp(MILESTONE.source, 'gu');
/** A milestone counts time: a span, a date or an anniversary ("200 days free of self harm", "since i last cut"). */
const COUNTED =
  / (?:(?:\p{N}+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|many|couple of) (?:days?|weeks?|months?|years?)|since|anniversary|first (?:\p{L}+ )?(?:birthday|christmas|holiday|year)|in years|siku|wiki|miezi|mwezi|mwaka|miaka) /u;
/** A milestone wanted, denied or struggled for is not reached ("i want to be free of self harm", "never clean"). */
const UNREACHED =
  / (?:want|wanna|wish|trying|try|tried|struggle|struggling|hard|never|not|cant|cannot|how|stay|staying|get|getting|become|becoming|dont|didnt|isnt|wasnt|hope|hoping|will|would)(?: \p{L}+){0,3} (?:clean|free|since|without) /u;
/** The act came back after a milestone: the milestone no longer tells of the past. */
const RELAPSE =
  / (?:relapsed?|relapsing|again|slipped|until|till|broke (?:it|my streak)|lost my streak|ended my streak|nimerudia|tena) /u;

/** Some match of `all` in `text` shares words with the cue's match. */
function overlaps(all: RegExp, text: string, m: RegExpExecArray): boolean {
  const from = m.index + 1;
  const to = m.index + m[0].length - 1;
  for (const x of text.matchAll(all)) if (x.index + 1 < to && from < x.index + x[0].length - 1) return true;
  return false;
}
/** "Does anyone else want to kill themself?": "else" counts the speaker in, so the group's reflexive is the speaker's. */
const INCLUSIVE = / (?:anyone|anybody) else /u;
const inclusive = (t: string) => (INCLUSIVE.test(t) ? t.replace(/ them ?sel(?:f|ves) /gu, ' myself ') : t);
const SELF_KILL = / (?:kill myself|end my life|take my life|commit suicide|kujiua|kujitoa uhai|kujimaliza) /u;
const rank = (t: CrisisTier) => TIERS.indexOf(t);
/** The short span a factor shows (at most 80 characters), never the whole transcript. */
export const shortSpan = (raw: string) => (raw.length > SPAN_MAX ? `${raw.slice(0, SPAN_MAX - 1)}…` : raw);
const spanOf = (c: Clause) => shortSpan(c.raw);

export function detectCrisisLanguage(text: string): CrisisLanguage {
  const cs = clauses(text).map((c) => ({ ...c, text: inclusive(c.text.replace(SERVICES, ' a service ')) }));
  // Laughter counts for its own clause, and for the clause before when it stands alone ("I'm dead. 😂").
  const laughs = cs.map((c, k) => c.laughing || (cs[k + 1]?.laughing === true && cs[k + 1]!.text.trim() === ''));
  const recovered = cs.some((c) => RECOVERED.test(c.text));
  const anchored = cs.some((c) => PAST_ANCHOR.test(c.text));
  const recent = cs.some((c) => RECENT.test(c.text));
  const factors: LanguageFactor[] = [];
  cs.forEach((c, i) => {
    // One finding per clause: every matching cue is judged, and the most severe that still stands is kept ("I don't
    // want to die, I just want to cease to exist"); when none stands, the most severe cue's reason is shown.
    const matches = CUES.flatMap((cue) => {
      const m = cue.re.exec(c.text);
      return m ? [{ cue, m }] : [];
    });
    if (matches.length === 0) {
      const b = backstop(c, cs[i - 1]?.sentence === c.sentence ? cs[i - 1] : undefined);
      if (b) matches.push(b as { cue: Cue; m: RegExpExecArray });
    }
    const text = { laughing: laughs[i]!, recovered, anchored, recent };
    const judged = matches.map(({ cue, m }) => ({
      tier: cue.tier,
      from: m.index,
      to: m.index + m[0].length,
      factor:
        cue.needsOwner && !owns(c, cs[i - 1], m)
          ? { code: 'mention' }
          : (cue as { noWish?: boolean }).noWish
            ? { code: 'no_wish' }
            : judge(cs, i, m, cue, text),
    }));
    // A cue inside a larger one that was cancelled ("sina [mawazo ya kujiua]") falls with it.
    const cancelled = judged.filter((j) => !j.factor.code.startsWith('ideation_'));
    const standing = judged.filter(
      (j) => j.factor.code.startsWith('ideation_') && !cancelled.some((x) => x.from <= j.from && j.to <= x.to),
    );
    const pick = (js: typeof judged) => js.reduce((a, b) => (rank(b.tier) > rank(a.tier) ? b : a));
    const found = judged.length > 0;
    if (found) factors.push({ ...pick(standing.length ? standing : judged).factor, span: spanOf(c) });
    if (!found && OTHERS_IDEATION.test(c.text)) factors.push({ code: 'third_party', span: spanOf(c) });
    else if (!found && ADVICE_SELF_KILL.test(c.text)) factors.push({ code: 'advice', span: spanOf(c) });
    negatedThenTimed(cs, i, factors);
    // One signal of each kind per clause: two wordings of the same sign are not two signs.
    const signs = new Set<string>();
    for (const d of DISTRESS)
      if (!signs.has(d.code) && d.re.test(c.text)) {
        signs.add(d.code);
        factors.push({ code: `distress_${d.code}`, weight: d.weight, span: spanOf(c) });
      }
  });
  const agreed = agreedSuggestion(cs);
  const active = factors.some((f) => f.code.startsWith('ideation_') && rank(f.tier!) >= rank('active'));
  if (agreed && !active) factors.push({ code: 'ideation_active', tier: 'active', span: spanOf(agreed) });
  upgradeWithinText(cs, factors);
  const tier = factors.reduce<CrisisTier>(
    (t, f) => (f.tier && f.code.startsWith('ideation_') && rank(f.tier) > rank(t) ? f.tier : t),
    'none',
  );
  return { tier, factors };
}

/** What a matched cue in clause i means: the speaker's own current ideation, or one of the reasons it is not. */
function judge(
  cs: Clause[],
  i: number,
  m: RegExpExecArray,
  cue: Pick<Cue, 'tier' | 'negativeForm' | 'selfReferring'> & { re?: RegExp },
  text: { laughing: boolean; recovered: boolean; anchored: boolean; recent: boolean },
): Omit<LanguageFactor, 'span'> {
  const c = cs[i]!;
  const { tier } = cue;
  const before = `${c.text.slice(0, m.index)} `;
  // An idiom cancels the cue it overlaps ("dead end"), not the speaker's other words in the clause.
  if (overlaps(IDIOMS_ALL, c.text, m) || (text.laughing && tier !== 'behaviour' && !SERIOUS.test(c.text)))
    return { code: 'idiom' };
  // A milestone counts time since the act, unless the act came back ("relapsed", "again", "until last night"); a
  // recent word dates the milestone ("ten days clean today"), not the act.
  if (overlaps(MILESTONE_ALL, c.text, m) && COUNTED.test(c.text) && !RELAPSE.test(c.text) && !UNREACHED.test(c.text))
    return { code: MILESTONE_RECENT.test(c.text) ? 'past_unclear' : 'history', tier };
  if (ADVICE.test(c.text)) return { code: 'advice' };
  // Someone else's words to the speaker ("told me to go kill myself"): bullying, not the speaker's own wish.
  if (overlaps(TOLD_TO_ALL, c.text, m)) return { code: 'quote' };
  if (QUOTED_SPEECH.test(before) && insideQuotes(c.raw, m[0])) return { code: 'quote' };
  // The cue's own words may name its subject ("i want to die"): the last subject up to the cue's verb decides.
  // "I told her about my suicidal thoughts": a possessive my names the speaker whoever the last subject was.
  const mine = / (?:my|mine) $/u.test(before);
  // A Swahili first-person verb names its own subject ("mama yangu ni mgonjwa na mimi nataka kufa").
  const swSelf = /^ (?:n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]) || / mimi $/u.test(before);
  // A bare Swahili infinitive ("kujiua") after a third-person verb ("mchungaji alihubiri kuhusu kujiua") is theirs.
  if (/^ ku/u.test(m[0]) && swThirdPerson(before)) return { code: 'third_party', tier };
  if (!cue.selfReferring && !mine && !swSelf && (aboutSomeoneElse(before + m[0]) || REPORTED.test(c.text)))
    return { code: 'third_party', tier };
  // A quotation covers the cue unless the speaker takes the words as their own after it ("… and honestly same").
  const q = QUOTE.exec(c.text);
  if (q) {
    const r = REASSERT.exec(c.text.slice(q.index));
    const at = r ? q.index + r.index : -1;
    const ownAfter = r !== null && (m.index > at || (cue.re?.test(c.text.slice(at)) ?? false));
    if (!ownAfter) return { code: 'quote' };
  }
  // "not depressed or suicidal" crosses the "or"; "don't leave or [I will kill myself]" starts a new subject.
  // "I never thought about suicide until this year": what the negation denies began later; it is no denial now.
  const after = ` ${c.text.slice(m.index + m[0].length)}`;
  if (
    !cue.negativeForm &&
    !UNTIL.test(after) &&
    negated(before, /^ (?:suicidal|depressed|self harm|selfharm) /u.test(m[0]))
  )
    return { code: 'negated' };
  // Told in the past tense (the cue's own verb, not the clause's other words) and placed before now elsewhere in the
  // text ("years ago. I was near suicide").
  // A cue that begins with its own subject ("i will end my life", "sitaki kuishi") carries its own tense.
  const ownSubject = /^ (?:i|me|n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]);
  const own = ownSubject ? m[0] : `${ownWords(before)} ${m[0].trim()} `;
  const frame = sentenceFrame(cs, i, before);
  const toldAsPast = (PAST_TENSE.test(` ${own}`) && !PRESENT.test(` ${own}`)) || frame.past;
  // Past perfect places the cue before another past by itself ("I had tried to commit suicide but failed").
  const anchored = text.anchored || PLUPERFECT.test(` ${own}`) || frame.history;
  // Over, unless the clause also names something recent ("years ago and again last night") or its sentence says it
  // goes on ("when I was 12 … I still think about it", "…, wanted to kill myself, still do").
  // A cue told in the present ("years ago i was bullied and now i want to die") is not put in the past by the clause's
  // other words or the text's "now i am fine"; its own words can ("i used to want to die").
  const present = !toldAsPast && PRESENT.test(` ${own}`) && !/ (?:nilikuwa|tulikuwa) /u.test(` ${own}`);
  // A joined predicate takes the past of the verb before it only when its own clause places that past before now
  // ("a year ago i was depressed and suicidal"); otherwise the risk stands (it may be this week's).
  const joined = joinedPredicate(before);
  const joinedPast =
    joined !== null &&
    PAST_TENSE.test(` ${joined} `) &&
    !PRESENT.test(` ${joined} `) &&
    (HISTORY.test(before) || PAST_ANCHOR.test(before));
  const past =
    (joinedPast ||
      HISTORY.test(` ${verbPhrase(before)} ${m[0].trim()} `) ||
      ((HISTORY.test(c.text) || text.recovered) && !present) ||
      (toldAsPast && anchored)) &&
    !recentHere(c.text, m) &&
    !cs.some((x) => x.sentence === c.sentence && CONTINUING.test(x.text));
  if (past) return { code: 'history', tier };
  // Thoughts told in the past with no time at all: maybe over, maybe this week; followed up, not escalated.
  const weeksAgo = cs.some((x) => x.sentence === c.sentence && WEEKS_AGO.test(x.text));
  if (toldAsPast && tier === 'active' && (!text.recent || weeksAgo)) return { code: 'past_unclear', tier };
  return { code: `ideation_${tier}`, tier };
}

/** The words governing a cue: up to eight before it, none before a joining word or "now" ("i used to feel like i'd
 * [die]" keeps "used to"; "years ago i was bullied and now i [want to die]" does not keep "years ago"). */
function verbPhrase(before: string): string {
  const words = before.trim().split(' ').slice(-8);
  const join = Math.max(
    ...['and', 'but', 'so', 'then', 'now', 'lakini', 'sasa', 'halafu'].map((w) => words.lastIndexOf(w)),
  );
  return words.slice(join + 1).join(' ');
}

/** The last verb among the few words before a cue has a Swahili third-person prefix (a-/wa- and a tense). */
function swThirdPerson(before: string): boolean {
  const words = before.trim().split(' ').slice(-4);
  for (let k = words.length - 1; k >= 0; k--) {
    if (/^(?:n[aiu]|ni|tu)\p{L}{3,}$/u.test(words[k]!)) return false;
    if (/^w?a(?:na|li|me|ta|ki|nge|lik|mesh)\p{L}{3,}$/u.test(words[k]!)) return true;
  }
  return false;
}

/** The clause names a recent time for its cue: anywhere, unless the cue is placed in the past before it and the recent
 * word only follows the cue ("a year ago i was suicidal today things are better": speech-to-text lost the full stop). */
function recentHere(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index + 1);
  if (RECENT.test(before) || RECENT.test(m[0])) return true;
  const after = text.slice(m.index + m[0].length - 1);
  return RECENT.test(after) && !(HISTORY.test(before) || PAST_ANCHOR.test(before));
}

/** A noun phrase about suicide or self-harm is the speaker's when the clause has a first-person word, is not said to
 * someone else, and the phrase is not someone else's ("his suicide attempt"). */
function owns(c: Clause, previous: Clause | undefined, m: RegExpExecArray): boolean {
  const before = c.text.slice(0, m.index + 1);
  // "I survived a suicide attempt": an article after the speaker's own verb still makes it theirs.
  const ownArticle = / i (?:\p{L}+ ){0,3}(?:survived|made|had|did|went through|after) (?:a|the) $/u.test(before);
  if ((!ownArticle && / (?:his|her|their|your|a|the) $/u.test(before)) || BACKSTOP.addressed.test(c.text)) return false;
  // "I can't help it, but self harm …": the subject may sit in the clause before.
  return BACKSTOP.firstPerson.test(c.text) || (previous !== undefined && BACKSTOP.firstPerson.test(previous.text));
}

/** A clause no cue named, read by the backstop's words (see patterns.ts). */
function backstop(
  c: Clause,
  previous?: Clause,
): { cue: Pick<Cue, 'tier' | 'negativeForm' | 'needsOwner'> & { noWish?: boolean }; m: RegExpExecArray } | undefined {
  // A word about suicide or self-harm counts only when the speaker owns it, not in talk about it or to someone else.
  const kill = BACKSTOP.selfKill.exec(c.text);
  // "I lost my job, suicidal every day now": the subject may sit in the clause before, in the same sentence.
  const owned =
    BACKSTOP.ownSelfKill.test(c.text) ||
    BACKSTOP.firstPerson.test(c.text) ||
    (previous !== undefined && BACKSTOP.firstPerson.test(previous.text) && !BACKSTOP.addressed.test(previous.text));
  if (kill && owned && !BACKSTOP.addressed.test(c.text)) {
    // "didn't have a plan" names no plan.
    const plan = BACKSTOP.plan.exec(c.text);
    const planned =
      plan !== null &&
      !/ (?:no|not have a|dont have a|didnt have a|without a|never had a|never made a) $/u.test(
        c.text.slice(0, plan.index + 1),
      );
    const tier: Tier = BACKSTOP.attempt.test(c.text) ? 'behaviour' : planned ? 'plan' : 'active';
    return { cue: { tier }, m: kill };
  }
  const dying = BACKSTOP.dying.exec(c.text);
  if (!dying || !BACKSTOP.firstPerson.test(c.text)) return undefined;
  // Fear of dying is left to the learned layer ("too afraid of dying to do anything" may be a held-back wish).
  if (BACKSTOP.fearOfDeath.test(c.text)) return undefined;
  // Death as an adjective or an end foretold in passing: recorded as read, so the learned layer does not guess.
  return { cue: { tier: 'passive', noWish: BACKSTOP.notAWish.test(c.text) }, m: dying };
}

/** "I'm not going to kill myself today, probably next week": a denial with a time still named is a plan. */
function negatedThenTimed(cs: Clause[], i: number, factors: LanguageFactor[]): void {
  const c = cs[i]!;
  const m = SELF_KILL.exec(c.text);
  if (!m || !negated(c.text.slice(0, m.index))) return;
  const rest = ` ${c.text.slice(m.index + m[0].length)}`;
  const timed = (t: string) => {
    const when = TIMING.exec(t);
    return when !== null && !negated(t.slice(0, when.index));
  };
  if (timed(rest) || cs.slice(i + 1).some((n) => timed(n.text))) {
    factors.push({ code: 'ideation_plan', tier: 'plan', span: spanOf(c) });
  }
}

/** Thoughts with a time named become a plan; a wish to die with a time named becomes active ideation. */
function upgradeWithinText(cs: Clause[], factors: LanguageFactor[]): void {
  // "the pictures from tonight" names when something else happened, not when the speaker means to act.
  const timed = cs.some((c) => {
    const when = TIMING.exec(c.text);
    return when !== null && !/ (?:from|since|of) $/u.test(c.text.slice(0, when.index + 1));
  });
  // "i am suicidal and i have a plan": a plan stated in words counts as a time does; "i dont have a plan" does not.
  const planned = cs.some((c) => {
    const p = PLAN_STATED.exec(c.text);
    return (
      p !== null &&
      !/ (?:dont|do not|didnt|did not|not|no|never|havent|have not|sina|sijawa) (?:\p{L}+ )?$/u.test(
        c.text.slice(0, p.index + 1),
      )
    );
  });
  if (!timed && !planned) return;
  for (const f of factors) {
    if (f.code === 'ideation_active') Object.assign(f, { code: 'ideation_plan', tier: 'plan' });
    else if (f.code === 'ideation_passive') Object.assign(f, { code: 'ideation_active', tier: 'active' });
  }
}
