import { combine, LEVEL_FROM, RISK_LEVELS, TIER_FLOOR, type RiskFactor } from '../combine.js';
import { toldPlainly } from './accident.js';
import { speakersOwnWords } from './subject-dropped.js';
import { detectCrisisLanguage, type CrisisLanguage } from './detect.js';
import { CUES, EARLIER_CUES, type Cue } from './patterns.js';
import { foldText, forRules } from './fold.js';
import { othersQuoted } from './quoted.js';
import { shortSpan } from './normalise.js';
import { namedDistressAlone } from './distress.js';
import { learnedIdeation } from './learned.js';
import { afterHistory, learnedWarning, warningModelMaySpeak } from './warning-learned.js';
import { afterDenial } from './after-denial.js';
import { plainDenials, plainMayLower } from './emphasis.js';
import { everydayAfter } from './taken-back.js';

export { detectCrisisLanguage, TIERS, type CrisisLanguage, type CrisisTier } from './detect.js';

/** What each finding of the language layer weighs: ideation its tier's floor; the rest small or nothing. */
const WEIGHTS: Record<string, number> = {
  // Someone else at risk: for follow-up, hardly the speaker's own risk.
  third_party: 0.1,
  // Ideation or an attempt described as over: a known risk factor, not current risk on its own.
  history: 0.25,
  // Ideation told in the past tense with no time named: a clinician follows it up (medium), no escalation.
  past_unclear: LEVEL_FROM.medium,
  // Self-injury told as an everyday accident with nothing else said: followed up, no escalation (accident.ts).
  accident: LEVEL_FROM.medium,
  // Recorded so a reader sees why a phrase did not count; they add nothing.
  negated: 0,
  idiom: 0,
  quote: 0,
  advice: 0,
};

/** A past attempt or self-harm of one's own beside a current wish: with a wish (0.35) it makes the check-in high. */
const PRIOR_ACT_WITH_IDEATION = 0.5;
/** A wish whose own words say it is gone, dreamt or healed, or told in a past form with no day of now: not the current
 * wish that makes a past act weigh more ("last night i wanted to die" is current). */
const GONE = /[\s,.!?](?:no longer|used to|dream|dreamt|dreamed|ndoto|healed|nimepona)[\s,.!?]/u;
const PAST_FORM = /[\s,.!?](?:(?<!have |has )wanted|nilikuwa|nilitaka|nilitamani)[\s,.!?]/u;
const NOW_SAID = /[\s,.!?](?:last night|yesterday|today|tonight|this week|jana|leo|wiki hii)[\s,.!?]/u;
const notNow = (span: string) => GONE.test(span) || (PAST_FORM.test(span) && !NOW_SAID.test(span));

function languageFactors(found: CrisisLanguage): RiskFactor[] {
  // A prior act is the strongest known predictor: with current ideation it counts more (C-SSRS: lifetime behaviour).
  const isPriorAct = (f: CrisisLanguage['factors'][number]) => f.code === 'history' && f.tier === 'behaviour';
  const priorAct =
    found.factors.some(isPriorAct) &&
    found.factors.some((f) => f.code.startsWith('ideation_') && !notNow(` ${f.span.toLowerCase()} `));
  return found.factors.map((f) => {
    const ideation = f.code.startsWith('ideation_') && f.tier;
    const prior = priorAct && isPriorAct(f);
    const weight = ideation
      ? TIER_FLOOR[f.tier!]
      : prior
        ? PRIOR_ACT_WITH_IDEATION
        : (f.weight ?? WEIGHTS[f.code] ?? 0);
    return { layer: 'language', code: f.code, weight, ...(ideation ? { tier: f.tier } : {}), span: f.span };
  });
}

/** The learned layer speaks only where no rule read the words (a rule's "negated" or "someone else" stands). */
export const readByRules = (found: CrisisLanguage): boolean =>
  found.factors.some((f) => !f.code.startsWith('distress_'));

/** The language layer on its own: the text's factors, ready for combine(). */
export function crisisLanguageFactors(written: string): RiskFactor[] {
  const factors = readWritten(written);
  if (toldPlainly(written)) return factors;
  // "i *accidentally* cut myself 🙃": an accident told with a wink is the act itself.
  return factors.map((f) =>
    f.code === 'accident' ? { ...f, code: 'ideation_behaviour', tier: 'behaviour', weight: TIER_FLOOR.behaviour } : f,
  );
}

function readWritten(written: string): RiskFactor[] {
  const read = readSpaced(written);
  // A dropped subject ("took all my tablets an hour ago") or an inner voice's "kill yourself": read also as the
  // speaker's own words (subject-dropped.ts), the graver reading counts.
  const subject = speakersOwnWords(written);
  if (subject === written) return read;
  const said = readSpaced(subject);
  return combine(said).score > combine(read).score ? said : read;
}

function readSpaced(written: string): RiskFactor[] {
  const read = readEmphatic(foldText(written));
  if (!written.includes(ZWSP)) return read;
  // A zero-width space may stand inside a word or for a space between two: read both ways, the graver reading counts.
  const spaced = readEmphatic(foldText(written.replaceAll(ZWSP, ' ')));
  return combine(spaced).score > combine(read).score ? spaced : read;
}

/** An emphatic denial ("sina hata mawazo ya kujiua") read as the plain one where that may lower it (emphasis.ts);
 * elsewhere the graver of the two readings counts. */
function readEmphatic(text: string): RiskFactor[] {
  const plainText = plainDenials(text);
  if (plainText === text) return speakersFactors(text);
  const asPlain = speakersFactors(plainText);
  if (plainMayLower(text, ordinaryTalk)) return asPlain;
  const asWritten = speakersFactors(text);
  return combine(asPlain).score > combine(asWritten).score ? asPlain : asWritten;
}

/** Everyday talk that raises nothing read alone (taken-back.ts's everyday sentence). */
const ordinaryTalk = (words: string): boolean =>
  everydayAfter(words, '', (t) => combine(speakersFactors(t)).level === 'low');

/** The speaker's own words read as theirs; someone else's quoted to them only as a report about that person. */
function speakersFactors(text: string): RiskFactor[] {
  const split = othersQuoted(text);
  if (!split) return factorsOf(text);
  const reported = split.quoted.flatMap((q) => factorsOf(q)).filter((f) => f.weight > 0);
  const report: RiskFactor[] = reported.length
    ? [{ layer: 'language', code: 'third_party', weight: WEIGHTS.third_party!, span: reported[0]!.span }]
    : [];
  return [...factorsOf(split.own), ...report];
}

const ZWSP = '\u200b';

function factorsOf(text: string): RiskFactor[] {
  // The learned readings depend on the words alone: read once for both readings of the rules below.
  const learned = once(() => learnedIdeation(text));
  const warning = once(() => learnedWarning(text));
  const read = readWith(text, CUES, learned, warning);
  // A later cue that reads ideation also silences the learned readings, which with the signs beside them may have
  // graded the check-in higher ("… singejali nikifa kesho" after gifts and letters, review 36): the graver reading
  // counts, with what the later cues read added so that a clinician sees it.
  const earlier = readWith(text, EARLIER_CUES, learned, warning);
  if (RISK_LEVELS.indexOf(combine(earlier).level) <= RISK_LEVELS.indexOf(combine(read).level)) return read;
  const added = read.filter((f) => f.tier && !earlier.some((e) => e.code === f.code && e.span === f.span));
  return [...earlier, ...added];
}

const once = <T>(f: () => T): (() => T) => {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
};

function readWith(
  text: string,
  cues: readonly Cue[],
  learnedOf: () => ReturnType<typeof learnedIdeation>,
  warningOf: () => ReturnType<typeof learnedWarning>,
): RiskFactor[] {
  const ruled = forRules(text);
  const found = detectCrisisLanguage(ruled, cues);
  const factors = languageFactors(found);
  const learned = readByRules(found) || namedDistressAlone(text) ? undefined : learnedOf();
  // Medium at most: a clinician follows it up; the weak learner never escalates on its own.
  if (learned)
    factors.push({
      layer: 'language',
      code: 'learned_ideation',
      weight: LEVEL_FROM.medium,
      span: shortSpan(learned.span),
    });
  // High at most: plans told through warning signs, learned from their vocabulary; a clinician is asked to look.
  // The rules' spans are of the text they read, fillers removed.
  const maySpeak = warningModelMaySpeak(found);
  const rest = maySpeak ? undefined : (afterHistory(ruled, found) ?? afterDenial(ruled, found));
  const warning = maySpeak ? warningOf() : rest ? learnedWarning(rest) : undefined;
  if (warning)
    factors.push({
      layer: 'language',
      code: 'learned_warning_signs',
      weight: LEVEL_FROM.high,
      span: shortSpan(warning.span),
    });
  return factors;
}
