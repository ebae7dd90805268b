import first from './warning-model.json' with { type: 'json' };
import refit from './warning-model-2.json' with { type: 'json' };
import third from './warning-model-3.json' with { type: 'json' };
import fourth from './warning-model-4.json' with { type: 'json' };
import fifth from './warning-model-5.json' with { type: 'json' };
import sixth from './warning-model-6.json' with { type: 'json' };
import type { CrisisLanguage } from './detect.js';
import { learnedIdeation, type LearnedModel } from './learned.js';

// A learned reading of warning signs (RULES.md, "Warning signs, learned" and "Refitted beside the first readings"): L2
// logistic regressions over words and word pairs, fitted on plans and acts told without a word of dying and on the
// ordinary lives that look like them (warning-model.json by the fit script of c3781a0, its refit warning-model-2.json
// by bench/eval/fit-warning-model.ts, a third warning-model-3.json by it with --third, a fourth with --fourth, a fifth
// with --fifth, a sixth on the reviews up to 172 with --sixth: RULES.md "A sixth reading of plans and acts"). Blind
// sets showed the hand-written signs (warning-signs.ts) find a new writer's wordings one time in seven; this reads
// their vocabulary instead of their phrases.

/** Readings after which the words are someone else's, denied, quoted or over: the model does not speak there. */
const SETTLED = new Set([
  'negated',
  'third_party',
  'history',
  'past_unclear',
  'accident',
  'quote',
  'advice',
  'idiom',
  'mention',
]);

/** Whether the model may add its reading: the rules found no plan, act or active thought, and settled nothing. */
export const warningModelMaySpeak = (found: CrisisLanguage): boolean =>
  !['active', 'plan', 'behaviour'].includes(found.tier) && !found.factors.some((f) => SETTLED.has(f.code));

/** The reading's fitted models, oldest first: a refit is added beside the earlier one so that nothing it raised falls. */
export const WARNING_MODELS: readonly LearnedModel[] = [first, refit, third, fourth, fifth, sixth];

/** The text's probability of a plan or recent act told through warning signs, under the first model that reads it at
 * its threshold, and the clause that weighs most for it: the first learned layer's reader with these models. */
export const learnedWarning = (text: string, models: LearnedModel | readonly LearnedModel[] = WARNING_MODELS) =>
  learnedIdeation(text, models);

/** The rest still telling that past ("before that i had given away my things"): not what is said of now. */
const PAST_TOLD =
  /[\s,.!?](?:before that|back then|at that time|that time|in those days|wakati huo|kabla ya hapo|siku hizo|i had)[\s,.!?]/u;
/** A day of now in the rest: what "i had" or "nilikuwa" tells is of it ("leo nilikuwa nimeandika wosia"). */
const NOW_SAID = /[\s,.!?](?:last night|yesterday|today|tonight|this week|jana|leo|usiku huu|wiki hii)[\s,.!?]/u;
const OWN_PAST = new Set(['active', 'plan', 'behaviour']);
const AGAIN = /(?<!\p{L})(?:again|agn|tena|relapsed?|nimerudia|nilirudia|imerudi|back)(?!\p{L})/u;

/** Where a past told as over is all the rules settled, the text after its sentence: what the check-in says next ("I
 * tried to end my life in 2018. This week I gave my things away …"), which the past does not settle. */
export function afterHistory(text: string, found: CrisisLanguage): string | undefined {
  if (['active', 'plan', 'behaviour'].includes(found.tier)) return undefined;
  const settled = found.factors.filter((f) => SETTLED.has(f.code));
  // One's own past attempt, act, plan or thoughts of killing oneself; a past wish to be dead or "dying" may be an
  // illness told ("Two years ago I was dying in a hospital bed …"), which the model then misreads.
  if (settled.length === 0 || settled.some((f) => f.code !== 'history' || !OWN_PAST.has(f.tier!))) return undefined;
  let from = 0;
  for (const f of settled) {
    // A span cut short ends in "…": the clause's words up to there.
    const shown = f.span.replace(/…$/u, '');
    const at = text.indexOf(shown);
    if (at < 0) return undefined;
    const end = /[.!?\n]/u.exec(text.slice(at + shown.length));
    // A clause cut short and never ended runs to the end: nothing after it is told apart from it.
    if (!end && shown !== f.span) return undefined;
    from = Math.max(from, at + shown.length + (end ? end.index + 1 : 0));
  }
  const rest = text.slice(from).trim();
  // The act told again is repeated.ts's to read, with the dreams, habits and denials it knows; the model is not.
  const said = ` ${rest.toLowerCase()} `;
  if (AGAIN.test(said) || (PAST_TOLD.test(said) && !NOW_SAID.test(said))) return undefined;
  return rest.split(/\s+/u).length >= 4 ? rest : undefined;
}
