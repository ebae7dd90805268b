import { agreedSuggestion } from './agreement.js';
import {
  clauses,
  LAUGHING_WORDS,
  sessionAliasesApply,
  shortSpan,
  withoutYouKnow,
  wordCount,
  type Clause,
} from './normalise.js';
import { backstop, owns } from './backstop.js';
import { negatedThenTimed, upgradeWithinText } from './upgrade.js';
import { wishAfterDeath } from './reunion.js';
import { warningSigns } from './warning-signs.js';
import { learnedWarning } from './warning-learned.js';
import { deniedThenTakenBack } from './plain-denial.js';
import { doneLately, putOff } from './around.js';
import { planDeniedThenRaised } from './plan-denied.js';
import { accidental } from './accident.js';
import { presentTense, saidAlone } from './life-course.js';
import { milestone } from './milestone.js';
import { joinDislocated } from './dislocation.js';
import { markedAsWritten } from './denied-alone.js';
import { attemptDeniedAlone } from './attempt-denied.js';
import { aboutSomeoneElse, expectedOtherwise, insideQuotes, localStretch, negated, thoughtsDenied } from './reading.js';
import { nounAlone } from './noun-alone.js';
import { everyMatch } from './every-match.js';
import { alsoDenied, withoutAlsoDenied } from './also-denied.js';
import { quotedAgain } from './quoted-again.js';
import { noLongerAlone } from './no-longer.js';
import { takesBack } from './taken-back.js';
import { neverSoMuch } from './never-so-much.js';
import { pastReading, type TextTime } from './tense.js';
import {
  ADVICE,
  IF_ANYONE,
  SELF_REVEALED,
  CUES,
  near,
  DISTRESS,
  IDIOMS,
  OTHERS_IDEATION,
  PAST_ANCHOR,
  pastAnchorBack,
  REASSERT,
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
  /** ideation_<tier>, third_party, history, past_unclear, accident, negated, idiom, quote, advice, mention, or
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

/** The speaker's own thinking verb right before a cue or opening it: what follows is their thought, not a
 * book's or a song's line, unless the book or song is said to say it ("wimbo huo unasema nimekuwa nikifikiria …"). */
const OWN_THOUGHT_BEFORE =
  / (?:(?:nimekuwa|nilikuwa|bado) )?(?:ni|na|nime|nili)(?:ki)?(?:fikiria|fikiri|waza|wazia)(?: (?:sana|tu|kuhusu))? $| i (?:keep|kept|have been|ive been|been|am|was|still) (?:thinking|thinking about|thinking of|considering|contemplating) $/u;
const OWN_THOUGHT_OPENS =
  /^ (?:i (?:keep |kept |have been |ive been |been |still |always )*(?:thinking|think|thought)|(?:na|nina|nime|nili)(?:ki)?(?:fikiria|fikiri|waza|wazia)) /u;
/** The thought of one's own death or harm, not of suicide as a topic (a teacher's "… i keep thinking about suicide and how
 * to help my students" after a book read in class). */
const OWN_SELF = / (?:my ?self|my (?:own )?life|(?:ku|ni|na)ji\p{L}+|nife|kufa|die|dying|dead) /u;
/** A book or a song said to say the words: then they are its line whoever's verb they hold. */
const QUOTE_SAYS =
  / (?:says|said|say|goes|went|sings|sang|reads|line is|called|titled|named|unaitwa|kinaitwa|inaitwa|kiitwacho|kinachoitwa|unaoitwa|unasema|anasema|kinasema|inasema|husema|ilisema|alisema|kilisema|ulisema) /u;

/** The speaker's own thought of their own death or harm, led into or opened by their thinking verb, which no book or
 * song in the cue's stretch is said to say. */
const ownThought = (before: string, cue: string, stretch: string): boolean =>
  (OWN_THOUGHT_BEFORE.test(before) || OWN_THOUGHT_OPENS.test(cue)) && OWN_SELF.test(cue) && !QUOTE_SAYS.test(stretch);

/** Some match of `all` in `text` shares words with the cue's match. */
function overlaps(all: RegExp, text: string, m: RegExpExecArray): boolean {
  const from = m.index + 1;
  const to = m.index + m[0].length - 1;
  for (const x of text.matchAll(all)) if (x.index + 1 < to && from < x.index + x[0].length - 1) return true;
  return false;
}
/** "Does anyone else want to kill themself?": "else" counts the speaker in, so the group's reflexive is the speaker's. */
const INCLUSIVE = / (?:anyone|anybody) else /u;
const inclusive = (t: string) =>
  INCLUSIVE.test(t)
    ? t
        .replace(/ them ?sel(?:f|ves) /gu, ' myself ')
        .replace(/(?<! if) ((?:anyone|anybody) else(?: (?!who |whose |that )\p{L}+){0,5}?) they /u, ' $1 i ')
    : t;
const rank = (t: CrisisTier) => TIERS.indexOf(t);
const ideation = (j: { factor: { code: string } }) => j.factor.code.startsWith('ideation_');
/** The cue said again after a word that takes it as the speaker's own ("… and honestly same i really want to die"). */
const saidAgain = (after: string, re: RegExp) => {
  const r = REASSERT.exec(after);
  return r !== null && re.test(after.slice(r.index));
};
/** A clause of laughing emoji alone ("I'm dead. 😂"); a written "haha" after a wish may be a nervous laugh. */
const onlyLaughter = (c: Clause) =>
  c.laughing && !/[\p{L}\p{N}#%]/u.test(c.raw.replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\s.!?]/gu, ''));
const spanOf = (c: Clause) => shortSpan(c.raw);

/** Findings that raise nothing, and the mildest signals of distress ("nimechoka", "just tired"). */
const QUIET = new Set(['negated', 'mention', 'idiom', 'quote', 'advice', 'distress_exhausted', 'distress_deflection']);
/** What follows a denial, read alone by the rules and the learned warning signs, raises nothing (taken-back.ts). The
 * learned ideation reading is left out: fitted on whole texts, it reads "but i will see the doctor tomorrow" alone as
 * ideation (0.98). */
const quiet = (text: string) =>
  detectCrisisLanguage(text).factors.every((f) => QUIET.has(f.code)) && !learnedWarning(text);

export function detectCrisisLanguage(text: string, cues: readonly Cue[] = CUES): CrisisLanguage {
  const written = detectAliased(text, cues);
  // "You know" said in passing is read as written and as nothing at all: the reading without it counts only where it
  // is graver (a negation or subject the pause split from its words stays with them either way).
  const joinedText = withoutYouKnow(text);
  const joined = joinedText === undefined ? undefined : detectAliased(joinedText, cues);
  return joined && rank(joined.tier) > rank(written.tier) ? joined : written;
}

function detectAliased(text: string, cues: readonly Cue[]): CrisisLanguage {
  const found = detectWith(text, true, cues);
  // The eighth session's aliases ("finish myself", "sucide") count only where they raise: a reading they make that is
  // then cancelled must not hide what the text said without them (RULES.md, "Raise only").
  if (!sessionAliasesApply(text)) return found;
  const before = detectWith(text, false, cues);
  return rank(found.tier) > rank(before.tier) ? found : before;
}

const REFERS_BACK =
  /^ (?:and |but |na |lakini )?(?:that|it|this|those|these|hiyo|hizo|hayo|ilikuwa|was) | (?:since|tangu) (?:then|that|hapo|hiyo) | have been (?:healing|recovering|clean|better|stable|okay|fine) /u;

function detectWith(text: string, session: boolean, cues: readonly Cue[]): CrisisLanguage {
  const cs = joinDislocated(
    clauses(text, session).map((c) => ({ ...c, text: inclusive(c.text.replace(SERVICES, ' a service ')) })),
  );
  // Laughter counts for its own clause, and for the clause before when it stands alone ("I'm dead. 😂").
  // A whole short clause laughs; in a long run-on clause only a laugh beside the cue counts (judge).
  const laughs = cs.map(
    (c, k) => (c.laughing && wordCount(c.text) <= 8) || (cs[k + 1] !== undefined && onlyLaughter(cs[k + 1]!)),
  );
  const recovered = cs.some((c) => RECOVERED.test(c.text));
  const anchoredIn = new Set(cs.filter((c) => PAST_ANCHOR.test(c.text)).map((c) => c.sentence));
  // A later sentence dates what came before only when it speaks of it ("That was eight years ago.", "I've been healing
  // since"); one with an event of its own ("My husband left me last year.") may date that event alone.
  const refersBack = new Set(
    [...anchoredIn].filter((k) =>
      REFERS_BACK.test(
        cs
          .filter((x) => x.sentence === k)
          .map((x) => x.text)
          .join(' '),
      ),
    ),
  );
  const recent = cs.some((c) => RECENT.test(c.text));
  // The whole check-in, once, for the readings that hold only when nothing else is said (noun-alone, life-course,
  // milestone, accident).
  const whole = cs.map((x) => x.text).join(' ');
  // The words as they came, for what normalising drops (`text` names the time reading inside the loop below).
  const written = text;
  const factors: LanguageFactor[] = [];
  // The year now, not at load: a long-running worker must read last year as past after New Year.
  const backAnchor = pastAnchorBack(new Date().getFullYear());
  cs.forEach((c, i) => {
    // One finding per clause: every matching cue is judged, and the most severe that still stands is kept ("I don't
    // want to die, I just want to cease to exist"); when none stands, the most severe cue's reason is shown.
    const matches = cues
      .flatMap((cue) => everyMatch(cue.re, c.text).map((m) => ({ cue, m })))
      .filter(({ cue, m }) => {
        const around = cue.unlessNear || cue.unlessBefore ? near(c.text, m.index, m.index + m[0].length) : undefined;
        const everyday = around && (cue.unlessNear?.test(around.rest) || cue.unlessBefore?.test(around.before));
        const elsewhere =
          (cue.onlyWhole && !cue.onlyWhole.test(` ${whole} `)) ||
          (cue.unlessWhole?.test(whole) && !cue.keptByWritten?.test(written)) ||
          cue.unlessWritten?.test(written) ||
          cue.unlessSentence?.test(
            ` ${cs
              .filter((x) => x.sentence === c.sentence)
              .map((x) => x.text)
              .join(' ')} `,
          );
        return !everyday && !elsewhere;
      });
    const back = backAnchor.exec(c.text);
    const text = {
      whole,
      written,
      laughing: laughs[i]!,
      recovered,
      // In its own sentence or a later one that speaks of it; any other may date another event.
      anchored: anchoredIn.has(c.sentence) || [...refersBack].some((k) => k > c.sentence),
      anchoredElsewhere: [...anchoredIn].some((k) => k !== c.sentence && !(k > c.sentence && refersBack.has(k))),
      recent,
      backAnchorAt: back ? back.index : -1,
      // Only the clause right after the cue's, opening with it ("… i tried. That was in 2019."), not "My dad died, that was …".
      backAnchoredLater:
        backAnchor.exec((cs[i + 1]?.text ?? '').replace(/^ (?:lakini|but|and|na|ila|though) /u, ' '))?.index === 0,
    };
    const judgeOne = ({ cue, m }: { cue: Cue; m: RegExpExecArray }, alsoDenied = false) => ({
      tier: cue.tier,
      from: m.index,
      to: m.index + m[0].length,
      raiseOnly: cue.raiseOnly,
      cue,
      m,
      factor:
        cue.needsOwner && !owns(c, cs[i - 1], m) && !nounAlone(m[0], whole, written)
          ? { code: 'mention' }
          : judge(cs, i, m, cue, { ...text, alsoDenied }),
    });
    // A raise-only cue that does not read ideation is as if unread: it neither blocks the backstop nor the learned layer.
    // So is one judged `unread` ("namaliza maisha yangu" beside other words; life-course.ts).
    // A cue said again by another after a quotation is the quotation's (quoted-again.ts); one joined to a denied cue is
    // denied with it ("no thoughts of suicide [or plans to end my life]"; also-denied.ts).
    const judged = alsoDenied(
      quotedAgain(
        matches.map((x) => judgeOne(x)).filter((j) => (!j.raiseOnly || ideation(j)) && j.factor.code !== 'unread'),
        c.text,
        ideation,
      ),
      c.text,
      ideation,
      (j) => judgeOne(j, true),
    );
    // The backstop reads a clause no cue named, and one where a milder cue stands: that cue never hides its reading
    // ("i have no will to live and i made a suicide plan"); a cancelled cue's negation or exception is the finer reading.
    if (judged.length === 0 || judged.some(ideation)) {
      const b = backstop(c, cs[i - 1]?.sentence === c.sentence ? cs[i - 1] : undefined);
      const read = b && judgeOne(b as { cue: Cue; m: RegExpExecArray });
      if (read && (ideation(read) || (judged.length === 0 && !read.raiseOnly))) judged.push(read);
    }
    // A cue inside a larger one that was cancelled ("sina [mawazo ya kujiua]") falls with it.
    const cancelled = judged.filter((j) => !ideation(j));
    const standing = judged.filter((j) => ideation(j) && !cancelled.some((x) => x.from <= j.from && j.to <= x.to));
    const pick = (js: typeof judged) => js.reduce((a, b) => (rank(b.tier) > rank(a.tier) ? b : a));
    const found = judged.length > 0;
    const picked = found ? pick(standing.length ? standing : judged) : undefined;
    if (picked) factors.push({ ...picked.factor, span: spanOf(c) });
    // One's own past act told before a current wish in the same clause still weighs beside it (index.ts priorAct).
    const priorAct =
      picked && ideation(picked)
        ? judged.find((j) => j.factor.code === 'history' && j.tier === 'behaviour' && j.to <= picked.from)
        : undefined;
    if (priorAct) factors.push({ ...priorAct.factor, span: spanOf(c) });
    if (!found && OTHERS_IDEATION.test(c.text)) factors.push({ code: 'third_party', span: spanOf(c) });
    negatedThenTimed(cs, i, factors, quiet);
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
  const after = wishAfterDeath(cs);
  const wish = factors.some((f) => f.code.startsWith('ideation_'));
  if (after && !wish) factors.push({ code: 'ideation_passive', tier: 'passive', span: spanOf(after) });
  upgradeWithinText(cs, factors);
  const signs = warningSigns(cs);
  if (signs) factors.push(signs);
  const tier = factors.reduce<CrisisTier>(
    (t, f) => (f.tier && f.code.startsWith('ideation_') && rank(f.tier) > rank(t) ? f.tier : t),
    'none',
  );
  return { tier, factors };
}

const TALK_ABOUT =
  / (?:(?:ali|wali|ame|wame|ana|wana|tuli|tume|tuna)\p{L}{3,}|(?:ku|tuli|tume|tuna)(?:fundisha|zungumza|ongea|jadili|hubiri|elimisha)\p{L}*|somo|mahubiri|mjadala|semina|mafunzo|hotuba|kipindi|habari|makala) (?:\p{L}+ ){0,2}?kuhusu $/u;

/** Someone else's posts or messages put right before the cue ("my cousin keeps posting things like [i want to die]",
 * "roommate yangu ameniambia ameandika [barua ya kuaga]"): their words, a report about them. */
const OTHERS_WORDS_BEFORE =
  / (?:he|she|they|(?:my|our|his|her) (?:\p{L}+ )?(?:friend|cousin|brother|sister|mother|mom|mum|father|dad|uncle|aunt|auntie|neighbou?r|classmate|roommate|colleague|workmate|son|daughter|boyfriend|girlfriend|ex|husband|wife|niece|nephew|student|client|pastor|boss)(?: (?!i )\p{L}+){0,3}?) (?:keeps? |kept |always )?(?:posting|posts|posted|writing|writes|wrote|texting|texts|texted|tweeting|tweets)(?:(?: things| stuff| statuses| status| messages| posts)(?: like| that| saying)?| like| saying) $| (?:ame|ali|ana|wame|wali|wana)(?:sha)?(?:andika|andikia|post|tuma)\p{L}* $/u;
/** Someone's words reported right before ("my sister called crying saying …", "eti …"): theirs, not the speaker's. */
const REPORTING = / (?:saying|says|said|say|eti|anasema|alisema|alinitext|texted me|told me)(?: \p{L}+){0,4} $/u;

/** What a matched cue in clause i means: the speaker's own current ideation, or one of the reasons it is not. */
function judge(
  cs: Clause[],
  i: number,
  m: RegExpExecArray,
  cue: Pick<Cue, 'tier' | 'negativeForm' | 'selfReferring'> & { re?: RegExp },
  text: TextTime & { laughing: boolean; whole: string; alsoDenied?: boolean },
): Omit<LanguageFactor, 'span'> {
  const c = cs[i]!;
  const { tier } = cue;
  const before = `${c.text.slice(0, m.index)} `;
  const after = ` ${c.text.slice(m.index + m[0].length)}`;
  // Speech-to-text gives a whole check-in as one clause: an exception counts only in the cue's own stretch of it.
  const local = localStretch(before, m[0], after);
  // An idiom cancels the cue it overlaps ("dead end"), not the speaker's other words in the clause.
  const laughing = text.laughing || LAUGHING_WORDS.test(local.all);
  if (overlaps(IDIOMS_ALL, c.text, m) || (laughing && tier !== 'behaviour' && !SERIOUS.test(c.text)))
    return { code: 'idiom' };
  // The whole check-in, for the readings that hold only when nothing else is said (life-course, milestone, accident).
  const { whole } = text;
  // "namaliza maisha yangu" is read only said alone; beside other words it stays unread, as before (life-course.ts).
  if (presentTense(m[0]) && !saidAlone(m[0], whole)) return { code: 'unread' };
  // "ukitaka ukweli nataka kujiua": a first-person verb is the speaker's own, whatever "you" stands before it.
  const ownVerb = /^ (?:n[aiu]\p{L}{3,}|si\p{L}{3,}|i) /u.test(m[0]) || / (?:mimi|i) $/u.test(before);
  const revealed = SELF_REVEALED.test(whole);
  if (!ownVerb && (ADVICE.test(local.all) || (IF_ANYONE.test(before) && !revealed))) return { code: 'advice' };
  // Someone else's words to the speaker ("told me to go kill myself"): bullying, not the speaker's own wish.
  if (overlaps(TOLD_TO_ALL, c.text, m)) return { code: 'quote' };
  if (QUOTED_SPEECH.test(before) && insideQuotes(c.raw, m[0])) return { code: 'quote' };
  // A sermon, lesson or talk "kuhusu kujiua" (about suicide), someone else's or ours: the subject, not a wish.
  if (/^ ku\p{L}+/u.test(m[0]) && TALK_ABOUT.test(before)) return { code: 'mention' };
  // The cue's own words may name its subject ("i want to die"): the last subject up to the cue's verb decides.
  // "I told her about my suicidal thoughts": a possessive my names the speaker whoever the last subject was.
  // "my boyfriend cheated am going to kill myself": a cue naming "myself" is the speaker's own, as one closing "my eyes"
  // ("… and never open them again": "them" is the eyes, not someone else).
  // "… so am planning to end my life": East African English drops the "i" before "am", never another's.
  const mine =
    / (?:my|mine) $/u.test(before) ||
    / my ?self /u.test(m[0]) ||
    (/ (?:close|shut) my eyes /u.test(m[0]) && !REPORTING.test(before)) ||
    / (?:so|and|but|now) am (?:\p{L}+ )?$/u.test(before) ||
    (/^ am /u.test(m[0]) && / (?:so|and|but|now) $/u.test(before));
  // A Swahili first-person verb names its own subject ("mama yangu ni mgonjwa na mimi nataka kufa").
  // So does one right before the cue's infinitive ("kimenifanya nianze kuwaza [kumaliza maisha yangu]").
  const swSelf =
    /^ (?:n[aiu]\p{L}{3,}|si\p{L}{3,}) /u.test(m[0]) ||
    // A first-person tense inside the cue or just before it ("… na bora ningekuwa nimekufa", "… na nimekuwa na mawazo
    // ya kujiua"): the speaker's own, whoever a run-on clause named before.
    / (?:nime|nili|nita|ninge|nilikuwa|nimekuwa)\p{L}* /u.test(m[0]) ||
    / (?:nime|nili|nita|ninge)\p{L}*(?: \p{L}+){0,2} $/u.test(before) ||
    / mimi $/u.test(before) ||
    (/^ ku\p{L}+ /u.test(m[0]) && / n[aiu]\p{L}{3,} (?:ku\p{L}+ )?$/u.test(before));
  // Someone else's, unless the speaker says it is theirs too ("my cousin lost the will to live and i have too").
  // "… anawaza kufa kila siku, mimi pia nahisi hivyo": the speaker's too.
  const mineToo =
    / (?:and|na) (?:i (?:have|do|am|feel)|mimi) (?:\p{L}+ )?(?:too|pia|as well)\b| me too\b| i feel the same\b| thats (?:exactly )?how i feel\b| same here\b| (?:mimi|hata mimi) pia (?:na)?(?:hisi|jiskia|jisikia|feel) (?:hivyo|hivyo hivyo|vivyo)\b/u.test(
      after,
    );
  if (
    !cue.selfReferring &&
    !mine &&
    !swSelf &&
    !mineToo &&
    !revealed &&
    (aboutSomeoneElse(before, m[0]) || REPORTED.test(local.all) || OTHERS_WORDS_BEFORE.test(before))
  )
    return { code: 'third_party', tier };
  // A quotation word counts in the cue's own stretch ("that song goes [i want to die]"), not "the song was nice then
  // i came home and [i want to die]", and not when the speaker takes the words as their own ("… and honestly same").
  // … nor when the speaker's own thinking verb leads into it or opens it, of their own death or harm ("kila nikishika
  // kitabu … nimekuwa nikifikiria [kujimaliza]"), and nothing says the book or song says it.
  if (QUOTE.test(local.before) && !ownThought(before, m[0], local.before) && !(cue.re && saidAgain(after, cue.re)))
    return { code: 'quote' };
  // What follows the cue, less a second thing denied with it, which takes nothing back ("sina nia ya kujiua wala
  // mpango wa kujidhuru"; also-denied.ts).
  const ownAfter = withoutAlsoDenied(after);
  // The clauses before the cue's, for a denial's reading of what follows it (left-open.ts).
  const earlier = cs.slice(0, i).map((x) => x.text);
  // "not depressed or suicidal" crosses the "or"; "don't leave or [I will kill myself]" starts a new subject.
  // "I never thought about suicide until this year": what the negation denies began later; it is no denial now.
  if (
    !cue.negativeForm &&
    !UNTIL.test(after) &&
    !neverSoMuch(before, m[0], after) &&
    // "i never thought i would want to die": an expectation proved wrong, no denial (reading.ts; session 56).
    !expectedOtherwise(before, m[0]) &&
    // "i havent self harmed since yesterday", "… a day without [suicidal thoughts]": no denial (around.ts).
    !doneLately(before, after) &&
    // "im not going to kill myself yet": put off, not denied (around.ts).
    !putOff(before, after.trim() ? after : ` ${cs[i + 1]?.text.trim() ?? ''}`, tier, m[0]) &&
    // A Swahili first-person verb carries its own polarity ("sitaki", not "si nataka"): a word before it cannot negate
    // it ("siwezi tena nimeamua kujiua": I can't anymore, I have decided; Sheng "si nimeamua": I have decided, you know).
    !/^ n(?:a|ina|ime|imesha|ili|ilisha|ita)\p{L}{2,} /u.test(m[0]) &&
    // "si bora nife tu?" (isn't it better I die?) asks; it denies nothing.
    !(/ si $/u.test(before) && /^ (?:ni )?(?:bora|heri|afadhali) /u.test(m[0])) &&
    // "I don't have suicidal thoughts but they come every night", "… but niko ready tu": taken back (plain-denial.ts).
    !deniedThenTakenBack(
      ownAfter,
      cs.slice(i + 1).map((x) => x.text),
      { earlier, before, cue: m[0] },
    ) &&
    negated(/^ i /u.test(m[0]) ? `${before}i ` : before, /^ (?:suicidal|depressed|self harm|selfharm) /u.test(m[0])) &&
    // A plan denied, then anything that raises on its own ("… I already bought what I need"; plan-denied.ts).
    !planDeniedThenRaised(before, m[0], [ownAfter, ...cs.slice(i + 1).map((x) => x.text)].join(' '), quiet)
  )
    return { code: 'negated' };
  // "i no longer self harm" said alone (no-longer.ts).
  if (!cue.negativeForm && noLongerAlone(before, after, cs.length)) return { code: 'negated' };
  // Thoughts or intent denied right before or after the cue, unless what follows takes it back (reading.ts).
  // Read to the end of the text: a plan told in the next sentence takes a denial back as much as one in this (words
  // pointing back at the act only; reading.ts).
  const rest = cs.slice(i + 1);
  const sameSentence = [ownAfter, ...rest.filter((x) => x.sentence === c.sentence).map((x) => x.text)].join(' ');
  // The later sentences, each whole: an answer to a question must be a sentence of its own (reading.ts).
  const later = [...new Set(rest.map((r) => r.sentence))]
    .filter((n) => n !== c.sentence)
    .map((n) =>
      rest
        .filter((r) => r.sentence === n)
        .map((r) => r.text)
        .join(' '),
    );
  if (
    !cue.negativeForm &&
    thoughtsDenied(before, m[0], sameSentence, later, quiet, earlier, !markedAsWritten(text.written))
  )
    return { code: 'negated' };
  // A second thing joined to a denied one is denied with it, unless what follows takes it back (also-denied.ts).
  if (
    text.alsoDenied &&
    !cue.negativeForm &&
    !takesBack(sameSentence, later.join(' '), quiet) &&
    !deniedThenTakenBack(sameSentence, later, { earlier, before, cue: m[0] })
  )
    return { code: 'negated' };
  // "i never tried to [hurt myself]" opening the check-in, nothing after reopening it (attempt-denied.ts).
  if (
    !cue.negativeForm &&
    attemptDeniedAlone(before, m[0], sameSentence, later.join(' '), earlier, !markedAsWritten(text.written))
  )
    return { code: 'negated' };
  // A milestone of recovery names the act it has stopped ("7 months clean from self harm"; milestone.ts).
  const stopped = milestone(c.text, m.index, m.index + m[0].length, whole);
  if (stopped === 'history') return { code: 'history', tier };
  if (stopped === 'recent') return { code: 'past_unclear', tier };
  // An everyday accident told with nothing else ("i cut myself while cooking"; accident.ts) is followed up.
  if (tier === 'behaviour' && accidental(whole)) return { code: 'accident' };
  const when = pastReading(cs, i, m, before, text);
  if (when === 'history') return { code: 'history', tier };
  if (when === 'dated_elsewhere') return { code: 'past_unclear', tier };
  if (when === 'past_unclear' && tier === 'active') return { code: 'past_unclear', tier };
  return { code: `ideation_${tier}`, tier };
}
