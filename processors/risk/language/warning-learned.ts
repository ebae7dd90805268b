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
