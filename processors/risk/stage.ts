import type { RiskResult } from '../../lib/results/risk.js';
import type { BaselineResult, EmotionResult, Transcription } from '../../lib/results/index.js';
import { loadResources, resourcesFor, type CrisisResource } from '../../lib/risk/resources.js';
import type { StageDefinition } from '../stage.js';
import { combine, type RiskFactor } from './combine.js';
import { crisisLanguageFactors } from './language/index.js';
import { baselineFactors, emotionFactors } from './modifiers.js';

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
    ctx.results.write(
      'risk',
      assessRisk({ transcription, emotion, baseline }, resourcesFor(resources.get(key)!, countries)),
    );
  },
};

export interface RiskInputs {
  transcription: Transcription | undefined;
  emotion: EmotionResult | undefined;
  baseline: BaselineResult | undefined;
}

export function assessRisk(inputs: RiskInputs, crisisResources: CrisisResource[]): RiskResult {
  const words = inputs.transcription?.text?.trim();
  const factors: RiskFactor[] = [
    ...(words ? crisisLanguageFactors(words) : []),
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
