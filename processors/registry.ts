import type { StageName } from '../jobs/queues.js';
import { baselineStage } from './baseline/stage.js';
import { replyStage } from './reply/stage.js';
import { riskStage } from './risk/stage.js';
import { emotionStage } from './emotion/stage.js';
import type { StageDefinition } from './stage.js';
import { transcriptionStage } from './transcription/stage.js';

/** The processors this worker build has, one per stage of DESIGN §6 that is built. */
export const PROCESSORS: readonly StageDefinition[] = [
  transcriptionStage,
  emotionStage,
  baselineStage,
  riskStage,
  replyStage,
];

/**
 * Fails fast at boot, as a missing handler should: every stage the pipeline names needs exactly one processor.
 * Returns the processors in pipeline order.
 */
export function processorsFor(
  pipeline: readonly StageName[],
  processors: readonly StageDefinition[],
): StageDefinition[] {
  const byName = new Map<string, StageDefinition>();
  for (const p of processors) {
    if (byName.has(p.name)) throw new Error(`two processors for stage ${p.name}`);
    byName.set(p.name, p);
  }
  const missing = pipeline.filter((s) => !byName.has(s));
  if (missing.length) {
    throw new Error(`the pipeline names stage(s) ${missing.join(', ')} but this worker has no processor for them`);
  }
  return pipeline.map((s) => byName.get(s)!);
}
