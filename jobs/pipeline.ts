import type { StageName } from './queues.js';

/**
 * The production pipeline: the stages a new analysis runs through, in order. Web, CLI and worker read it here;
 * the worker refuses to start unless it has a processor for each (processors/registry.ts). All five stages of DESIGN §6.
 */
export const PIPELINE: readonly StageName[] = ['transcription', 'emotion', 'baseline', 'risk', 'reply'];
