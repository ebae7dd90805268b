import { agreedSuggestion } from './agreement.js';
import { clauses, LAUGHING_WORDS, shortSpan, type Clause } from './normalise.js';
import { backstop, owns } from './backstop.js';
import { negatedThenTimed, upgradeWithinText } from './upgrade.js';
import { ANSWERED_NO, ASKED, NAMED_AFTER, SAID_BEFORE, TAKEN_BACK } from './voices.js';
import { aboutSomeoneElse, insideQuotes, localStretch, negated, swThirdPerson } from './reading.js';
import { milestoneReading, overlaps, pastReading, type TextTime } from './tense.js';
import {
  ADVICE,
  CUES,
  DISTRESS,
  IDIOMS,
  OTHERS_IDEATION,
  PAST_ANCHOR,
  ADVICE_SELF_KILL,
  REASSERT,
  RULED_OUT,
  SERIOUS,
  QUOTE,
  QUOTED_SPEECH,
  RECENT,
  RECOVERED,
  REPORTED,
  SERVICE,
  TOLD_TO,
  UNTIL,
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

// A service's name is no cue ("called the suicide prevention hotline, I felt suicidal today" still is one).
const SERVICES = new RegExp(SERVICE.source, 'gu');
const IDIOMS_ALL = new RegExp(IDIOMS.source, 'gu');
const TOLD_TO_ALL = new RegExp(TOLD_TO.source, 'gu');

/** "Does anyone else want to kill themself?": "else" counts the speaker in, so the group's reflexive is the speaker's. */
const INCLUSIVE = / (?:anyone|anybody) else /u;
const inclusive = (t: string) =>
  INCLUSIVE.test(t)
    ? t
        .replace(/ them ?sel(?:f|ves) /gu, ' myself ')
        .replace(/(?<! if) ((?:anyone|anybody) else(?: (?!who |whose |that )\p{L}+){0,5}?) they /u, ' $1 i ')
    : t;
const rank = (t: CrisisTier) => TIERS.indexOf(t);
/** After the "no", a closing word: it is old, the speaker loves life ("… that is an old story", "napenda kuishi"). */
const CLOSING_AFTER_NO =
  /^ (?:(?:that|it|this) (?:is|was) (?:an old story|old|in the past|over|long ago)|thats (?:an old story|old|over)|(?:sijawahi|sina)(?: \p{L}+){0,8} (?:napenda kuishi|nataka kuishi)|i love (?:my )?life|i want to live)/u;
/** After the "no", the speaker goes on to say more than a closing word: a reason, a "but", or a statement of their own. */
const GOES_ON_AFTER_NO =
  / (?:but|because|so (?:they|that|she|he)|kwa sababu|lakini|ila|ingawa|i (?:am|have|think|will|want|do|feel|keep)|nina|nawaza|nataka|nime\p{L}+)\b/u;
/** Words that may stand between "asked if" and the cue it asks about ("asked if i'd had any [thoughts of …]"). */
const QUESTION_FILLER = new Set([
  'i',
  'have',
  'had',
  'ever',
  'any',
  'was',
  'were',
  'am',
  'would',
  'do',
  'did',
  'been',
  'having',
  'still',
  'really',
  'me',
  'if',
  'whether',
  'kama',
  'nime',
  'nimewahi',
  'nina',
  'think',
  'thought',
  'thinking',
  'about',
  'of',
  'kufikiria',
  'kuwaza',
  'kufikiri',
  'nawaza',
  'nimewaza',
]);
/** The cue is what was asked: nothing but question words between the last "asked if" and it. */
function askedAbout(before: string): boolean {
  let end = -1;
  for (const x of before.matchAll(new RegExp(ASKED.source, 'gu'))) end = x.index + x[0].length;
  if (end < 0) return false;
  return before
    .slice(end)
    .trim()
    .split(' ')
    .filter(Boolean)
    .every((w) => QUESTION_FILLER.has(w));
}
/** The speaker takes someone else's words or view as their own ("my mum thinks i am suicidal and honestly i am"). */
const TAKEN_AS_OWN =
  / (?:and|but) (?:honestly |actually |yes |maybe |probably |really )*(?:i am|i do|i have|i will|i should|she is right|he is right|they are right|its true)(?: |$)/u;
/** The cue said again after a word that takes it as the speaker's own ("… and honestly same i really want to die"). */
const saidAgain = (after: string, re: RegExp) => {
  const r = REASSERT.exec(after);
  return r !== null && re.test(after.slice(r.index));
};
/** The rest of the cue's clause and of its sentence, thirty words at most. */
const tail = (cs: Clause[], i: number, after: string) =>
  ` ${`${after} ${cs
    .slice(i + 1, i + 4)
    .filter((x) => x.sentence === cs[i]!.sentence)
    .map((x) => x.text)
    .join(' ')}`
    .trim()
    .split(/\s+/u)
    .slice(0, 30)
    .join(' ')} `;
const STILL_ON_IT =
  / (?:but|and) (?:\p{L}+ ){0,3}(?:all i think about|think about it|thinking about it|dont care|still|keep|cant stop)/u;
const words = (t: string) => t.trim().split(' ').filter(Boolean).length;
/** A clause of laughing emoji alone ("I'm dead. 😂"); a written "haha" after a wish may be a nervous laugh. */
const onlyLaughter = (c: Clause) => c.laughing && !/\p{L}/u.test(c.raw);
export { shortSpan };
const spanOf = (c: Clause) => shortSpan(c.raw);

export function detectCrisisLanguage(text: string): CrisisLanguage {
  const cs = clauses(text).map((c) => ({ ...c, text: inclusive(c.text.replace(SERVICES, ' a service ')) }));
  // Laughter counts for its own clause, and for the clause before when it stands alone ("I'm dead. 😂").
  // A whole short clause laughs; in a long run-on clause only a laugh beside the cue counts (judge).
  const laughs = cs.map(
    (c, k) => (c.laughing && words(c.text) <= 8) || (cs[k + 1] !== undefined && onlyLaughter(cs[k + 1]!)),
  );
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
            : (cue as { mention?: boolean }).mention
              ? { code: 'mention' }
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
  text: TextTime & { laughing: boolean },
): Omit<LanguageFactor, 'span'> {
  const c = cs[i]!;
  const { tier } = cue;
  const before = `${c.text.slice(0, m.index)} `;
  const after = ` ${c.text.slice(m.index + m[0].length)}`;
  const local = localStretch(before, m[0], after);
  // An idiom cancels the cue it overlaps ("dead end"), not the speaker's other words in the clause.
  const laughing = text.laughing || LAUGHING_WORDS.test(local.all);
  if (overlaps(IDIOMS_ALL, c.text, m) || (laughing && tier !== 'behaviour' && !SERIOUS.test(c.text)))
    return { code: 'idiom' };
  // A milestone counts time since the act, unless the act came back ("relapsed", "again", "until last night"); a
  // recent word dates the milestone ("ten days clean today"), not the act.
  const milestone = milestoneReading(c.text, m);
  if (milestone) return { code: milestone, tier };
  // "ukitaka ukweli nataka kujiua": a first-person verb is the speaker's own, whatever "you" stands before it.
  const ownVerb = /^ (?:n[aiu]\p{L}{3,}|si\p{L}{3,}|i) /u.test(m[0]) || / (?:mimi|i) $/u.test(before);
  if (!ownVerb && ADVICE.test(local.all)) return { code: 'advice' };
  // Someone else's words to the speaker ("told me to go kill myself"): bullying, not the speaker's own wish.
  if (overlaps(TOLD_TO_ALL, c.text, m)) return { code: 'quote' };
  // Someone else's quoted words, unless the speaker's own "i wrote back '…'" comes after them.
  const ownQuote =
    / i (?:\p{L}+ ){0,2}?(?:wrote|write|replied|reply|said|say|texted|typed|told (?:him|her|them))(?: back)? (?:\p{L}+ ){0,3}$/u;
  if (QUOTED_SPEECH.test(before) && insideQuotes(c.raw, m[0]) && !ownQuote.test(before)) return { code: 'quote' };
  // Someone else's words or belief, unless the speaker takes them as their own after ("… and honestly i am").
  if (SAID_BEFORE.test(before) && !TAKEN_AS_OWN.test(tail(cs, i, after)) && !(cue.re && saidAgain(after, cue.re)))
    return { code: 'quote' };
  // The cue's own words may name its subject ("i want to die"): the last subject up to the cue's verb decides.
  // "I told her about my suicidal thoughts": a possessive my names the speaker whoever the last subject was.
  const mine = / (?:my|mine) $/u.test(before);
  // A Swahili first-person verb names its own subject ("mama yangu ni mgonjwa na mimi nataka kufa").
  const swSelf = /^ (?:n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]) || / mimi $/u.test(before);
  // A bare Swahili infinitive ("kujiua") after a third-person verb ("mchungaji alihubiri kuhusu kujiua") is theirs.
  if (/^ ku/u.test(m[0]) && swThirdPerson(before)) return { code: 'third_party', tier };
  if (!cue.selfReferring && !mine && !swSelf && (aboutSomeoneElse(before + m[0]) || REPORTED.test(local.all)))
    return { code: 'third_party', tier };
  // A quotation covers the cue unless the speaker takes the words as their own after it ("… and honestly same").
  // Only a quotation word in the cue's own stretch counts ("that song goes [i want to die]"), or one naming the cue
  // right after it ("[i want to die] is a song"), not "the song was nice then i came home and [i want to die]".
  const q = QUOTE.exec(local.before);
  if (q) {
    // "… and honestly same, i really want to die": the speaker takes the quoted words as their own after it.
    if (!(cue.re && saidAgain(after, cue.re))) return { code: 'quote' };
  } else if (NAMED_AFTER.test(after)) return { code: 'quote' };
  // "not depressed or suicidal" crosses the "or"; "don't leave or [I will kill myself]" starts a new subject.
  // "I never thought about suicide until this year": what the negation denies began later; it is no denial now.
  if (
    !cue.negativeForm &&
    !UNTIL.test(after) &&
    // Sheng "si" before a first-person verb is a particle ("si nimeamua …": I have decided, you know), no negation.
    !(/ si $/u.test(before) && /^ n[aiu]\p{L}{3,} /u.test(m[0])) &&
    negated(before, /^ (?:suicidal|depressed|self harm|selfharm) /u.test(m[0]))
  )
    return { code: 'negated' };
  const restOfSentence = tail(cs, i, after);
  // Ruled out: only a noun that is the ruling-out's subject ("suicide is not an option"), not "i will kill myself, its
  // not the answer, but …", and not when the speaker goes on that it is all they think about.
  if (
    /^ (?:suicide|killing myself|ending my life|kujiua|death) $/u.test(m[0]) &&
    RULED_OUT.test(after) &&
    !STILL_ON_IT.test(restOfSentence)
  )
    return { code: 'negated' };
  // "zero thoughts of suicide", "no urges to hurt myself": the noun the cue starts with is denied.
  if (
    / (?:no|zero) (?:real |such |suicidal |serious )?$/u.test(before) &&
    /^ (?:thoughts?|urges?|plans?|intentions?|desire|wish) /u.test(m[0]) &&
    !/ (?:but|lakini) (?:that|it|this) (?:was|is) (?:not|nt) true | i lied | but i (?:do|have|still)/u.test(
      tail(cs, i, after),
    )
  )
    return { code: 'negated' };
  // Asked about it and answered no ("my GP asked if I'd had thoughts of ending my life and I said no"), not taken back.
  const rest = ` ${`${after} ${cs
    .slice(i + 1, i + 4)
    .filter((x) => x.sentence === c.sentence)
    .map((x) => x.text)
    .join(' ')}`
    .trim()
    .split(/\s+/u)
    .slice(0, 30)
    .join(' ')} `;
  // The answer must follow the cue: "she asked if i was ok i said no i am going to kill myself" answers before it.
  const no = ANSWERED_NO.test(local.before) ? null : ANSWERED_NO.exec(rest);
  const afterNo = no
    ? ` ${rest
        .slice(no.index + no[0].length)
        .trim()
        .split(' ')
        .slice(0, 10)
        .join(' ')} `
    : '';
  // The question is about the cue: asked within the seven words before it ("asked if i was sleeping well i want to …" is not).
  const askedNear = askedAbout(before);
  // Any statement of the speaker's own after the "no" keeps the risk ("… so they would let me go home but honestly i
  // think about it", "i said no i am planning it"): only a bare or closing answer denies it.
  const closing = CLOSING_AFTER_NO.test(afterNo);
  if (askedNear && no && !TAKEN_BACK.test(afterNo) && (closing || !GOES_ON_AFTER_NO.test(afterNo)))
    return { code: 'negated' };
  // A question reported in the past ("she asked if i was suicidal") backshifts its tense: no sign of the past.
  const when = ASKED.test(local.before) ? null : pastReading(cs, i, m, before, text);
  if (when === 'history') return { code: 'history', tier };
  if (when === 'past_unclear' && tier === 'active') return { code: 'past_unclear', tier };
  return { code: `ideation_${tier}`, tier };
}
