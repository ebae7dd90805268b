import type { StageDefinition } from './stage.js';
import { transcriptionStage } from './transcription/stage.js';

/**
 * The production pipeline, in order. Only real stages belong here; the four stages of DESIGN §6
 * (transcription, emotion, baseline, risk) join as they are built.
 */
export const PRODUCTION_STAGES: readonly StageDefinition[] = [transcriptionStage];

/** Fails fast at boot on a pipeline that names a stage twice. */
export function checkPipeline(stages: readonly StageDefinition[]): void {
  const seen = new Set<string>();
  for (const s of stages) {
    if (seen.has(s.name)) throw new Error(`pipeline names stage ${s.name} twice`);
    seen.add(s.name);
  }
}
