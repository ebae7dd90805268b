import { acousticsKind } from './acoustics.js';
import { baselineKind } from './baseline.js';
import { emotionKind } from './emotion.js';
import type { ResultKind } from './kind.js';
import { recordingKind } from './recording.js';
import { replyKind } from './reply.js';
import { riskKind } from './risk.js';
import { transcriptionKind } from './transcription.js';
import { turnKind } from './turn.js';

/** Every kind of stage output, by the name stages read and write it under (and GET shows it as). */
export const RESULT_KINDS = {
  recording: recordingKind,
  transcription: transcriptionKind,
  acoustics: acousticsKind,
  emotion: emotionKind,
  baseline: baselineKind,
  risk: riskKind,
  reply: replyKind,
  turn: turnKind,
} as const;

export type ResultName = keyof typeof RESULT_KINDS;
export type ResultValue<N extends ResultName> = (typeof RESULT_KINDS)[N] extends ResultKind<infer V> ? V : never;
/** Outputs a stage writes, committed together with its completion. */
export type ResultWrite = { [N in ResultName]: { name: N; value: ResultValue<N> } }[ResultName];

/** Tables keyed by analysis_id that hold results without a kind of their own yet (the risk stage's escalations). */
export const EXTRA_RESULT_TABLES = ['escalations'] as const;
