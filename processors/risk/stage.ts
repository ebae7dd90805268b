import type { RiskResult } from '../../lib/results/risk.js';
import type { BaselineResult, EmotionResult, Transcription } from '../../lib/results/index.js';
import type { CrisisResource } from '../../lib/risk/resources.js';
import { redact } from '../../lib/redaction/index.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { combine, type RiskFactor } from './combine.js';
import { crisisLanguageFactors } from './language/index.js';
import { baselineFactors, emotionFactors } from './modifiers.js';
import { ProviderFallbackError, ProviderRateLimitedError } from '../openai-calls.js';
import { moderationFactors } from './moderation.js';
import { wordsRead } from '../transcription/words-read.js';

// The risk stage (DESIGN §10): the speaker's words graded for crisis language, raised by emotion, dissonance and
// baseline deviation, combined monotonically; high and critical carry crisis resources and open an escalation
// (lib/results/risk.ts writes it with the result). Only short spans of the words are kept, never the transcript.

export const riskStage: StageDefinition = {
  name: 'risk',
  timeoutMs: 60_000,
  concurrency: 8,
  run: async (ctx) => {
    const [transcription, emotion, baseline] = await Promise.all([
      wordsRead(ctx),
      ctx.results.read('emotion'),
      ctx.results.read('baseline'),
    ]);
    const moderated = await moderate(ctx, transcription?.text?.trim());
    const result = assessRisk(
      { transcription, emotion, baseline, moderation: moderated.factors },
      ctx.config.crisis.resources,
    );
    ctx.results.write('risk', moderated.reason ? { ...result, reason: moderated.reason } : result);
  },
};

/** How long the moderation layer may take: a crisis's grade never waits on this optional layer (its answer takes well
 * under a second), and this stays far inside the stage's own timeout whatever OPENAI_TIMEOUT_MS says. */
export const MODERATION_DEADLINE_MS = 10_000;
export const moderationDeadline = (openai: { timeoutMs: number }): number =>
  Math.min(openai.timeoutMs, MODERATION_DEADLINE_MS);

/** The moderation layer on the redacted words when configured; on any failure (a 429, no answer in time, a malformed
 * answer) the local layers grade at once and the reason says so: nothing here waits or fails the analysis. */
async function moderate(
  ctx: StageContext,
  words: string | undefined,
): Promise<{ factors: RiskFactor[]; reason?: string }> {
  if (!words || ctx.config.moderationProvider !== 'openai') return { factors: [] };
  const deadlineMs = moderationDeadline(ctx.config.openai);
  const deadline = AbortSignal.timeout(deadlineMs);
  try {
    const signal = AbortSignal.any([ctx.signal, deadline]);
    return { factors: await moderationFactors(redact(words).text, ctx.config.openai, signal) };
  } catch (err) {
    const failure =
      err instanceof ProviderRateLimitedError
        ? new ProviderFallbackError('provider rate limited')
        : deadline.aborted && !ctx.signal.aborted
          ? new ProviderFallbackError(`no answer within ${deadlineMs} ms`)
          : err;
    if (!(failure instanceof ProviderFallbackError)) throw failure;
    ctx.providerFellBack('openai', failure, 'moderation failed: grading with the local layers');
    return { factors: [], reason: `moderation: ${failure.reason}; graded by the local layers` };
  }
}

export interface RiskInputs {
  /** Factors of the moderation layer, when it ran. */
  moderation?: RiskFactor[];
  transcription: Transcription | undefined;
  emotion: EmotionResult | undefined;
  baseline: BaselineResult | undefined;
}

export function assessRisk(inputs: RiskInputs, crisisResources: CrisisResource[]): RiskResult {
  const words = inputs.transcription?.text?.trim();
  const factors: RiskFactor[] = [
    ...(words ? crisisLanguageFactors(words) : []),
    ...(inputs.moderation ?? []),
    ...emotionFactors(inputs.emotion),
    ...baselineFactors(inputs.baseline),
  ];
  const { score, level, tier } = combine(factors);
  return {
    level,
    score,
    tier: words ? tier : null,
    reason: words
      ? null
      : `no words to read (${inputs.transcription?.reason ?? 'no transcript'}): risk from the other layers`,
    factors: factors.map(({ layer, code, weight, span }) => ({ layer, code, weight, ...(span ? { span } : {}) })),
    ...(level === 'high' || level === 'critical' ? { resources: crisisResources } : {}),
  };
}
