import type { RiskResult } from '../../lib/results/risk.js';
import type { BaselineResult, EmotionResult, Transcription } from '../../lib/results/index.js';
import { loadResources, resourcesFor, type CrisisResource } from '../../lib/risk/resources.js';
import { redact } from '../../lib/redaction/index.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { combine, type RiskFactor } from './combine.js';
import { crisisLanguageFactors } from './language/index.js';
import { baselineFactors, emotionFactors } from './modifiers.js';
import { ProviderFallbackError, ProviderRateLimitedError } from '../openai-calls.js';
import { moderationFactors } from './moderation.js';

// The risk stage (DESIGN §10): the speaker's words graded for crisis language, raised by emotion, dissonance and
// baseline deviation, combined monotonically; high and critical carry crisis resources and open an escalation
// (lib/results/risk.ts writes it with the result). Only short spans of the words are kept, never the transcript.

const resources = new Map<string, Record<string, CrisisResource[]>>();

export const riskStage: StageDefinition = {
  name: 'risk',
  timeoutMs: 60_000,
  concurrency: 8,
  run: async (ctx) => {
    const [transcription, emotion, baseline] = await Promise.all([
      ctx.results.read('transcription'),
      ctx.results.read('emotion'),
      ctx.results.read('baseline'),
    ]);
    const { countries, resourcesFile } = ctx.config.crisis;
    const key = resourcesFile ?? '';
    if (!resources.has(key)) resources.set(key, loadResources(resourcesFile));
    const moderated = await moderate(ctx, transcription?.text?.trim());
    const result = assessRisk(
      { transcription, emotion, baseline, moderation: moderated.factors },
      resourcesFor(resources.get(key)!, countries),
    );
    ctx.results.write('risk', moderated.reason ? { ...result, reason: moderated.reason } : result);
  },
};

/** The moderation layer on the redacted words when configured; a 429 waits in the rate limiter, else local only. */
async function moderate(
  ctx: StageContext,
  words: string | undefined,
): Promise<{ factors: RiskFactor[]; reason?: string }> {
  if (!words || ctx.config.moderationProvider !== 'openai') return { factors: [] };
  try {
    return { factors: await moderationFactors(redact(words).text, ctx.config.openai, ctx.signal) };
  } catch (err) {
    if (err instanceof ProviderRateLimitedError) throw await ctx.rateLimited(err.retryAfterMs);
    if (!(err instanceof ProviderFallbackError)) throw err;
    ctx.providerFellBack('openai', err, 'moderation failed: grading with the local layers');
    return { factors: [], reason: `moderation: ${err.reason}; graded by the local layers` };
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
