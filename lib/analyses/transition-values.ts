import { PENDING_STAGE, type AnalysisRow } from './states.js';

// The shapes the lifecycle store's transitions take and give, and the rows and JSON they write.

export interface NewAnalysis {
  userId: string;
  conversationId?: string;
  language: AnalysisRow['language'];
  idempotencyKey?: string;
  /** sha256 of the body sent with the key (api/idempotency.ts), compared on replay. */
  idempotencyFingerprint?: string;
  callbackUrl?: string;
  clientTranscript?: string;
  recordedAt?: Date;
  /** The pipeline's stage names: each starts pending. */
  stages: readonly string[];
}

/** One stage job of one generation: the transitions of a stage act only on the generation that owns the job. */
export interface StageRef {
  id: string;
  stage: string;
  generation: number;
}

/** What a finishing transition leaves for its caller: where to announce it, and under which generation. */
export type Settled = Pick<AnalysisRow, 'status' | 'callback_url' | 'reprocess_generation'>;
export const SETTLED = ['status', 'callback_url', 'reprocess_generation'] as const;

export const stageError = (e: { code: string; message: string }) => ({ code: e.code, message: e.message });

/** How often a stage was put back for a provider's 429, and since when. */
export interface Deferrals {
  count: number;
  since: Date;
}

/** One attempt of a stage: its number, when it started, and whether its stage is the flow's last. */
export interface StageRun {
  attempt: number;
  startedAt: Date;
  last: boolean;
}

/** The columns of a new analysis, but its conversation and idempotency key. */
export const newRow = (a: Omit<NewAnalysis, 'idempotencyKey'>) => ({
  user_id: a.userId,
  language: a.language,
  callback_url: a.callbackUrl ?? null,
  client_transcript: a.clientTranscript ?? null,
  recorded_at: a.recordedAt ?? null,
  stages: JSON.stringify(Object.fromEntries(a.stages.map((s) => [s, PENDING_STAGE]))),
});

export const attemptOf = (run: StageRun) => ({ attempts: run.attempt, started_at: run.startedAt.toISOString() });

/** A stage's state once it completed, as the JSON merged into `analyses.stages`. */
export const completedState = (run: StageRun) =>
  JSON.stringify({ status: 'completed', ...attemptOf(run), completed_at: new Date().toISOString() });
