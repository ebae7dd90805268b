/** The one list of analysis statuses (DESIGN §4) and of stage statuses, and the transitions between them. */
export const ANALYSIS_STATUSES = ['queued', 'processing', 'completed', 'failed', 'canceled'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

export const STAGE_STATUSES = ['pending', 'processing', 'completed', 'failed', 'canceled'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** An analysis is finished in these: nothing of it runs until a new generation starts. */
export const FINISHED: readonly AnalysisStatus[] = ['completed', 'failed', 'canceled'];

export interface StageState {
  status: StageStatus;
  attempts: number;
  started_at: string | null;
  completed_at: string | null;
  error?: { code: string; message: string };
  /** Times put back for a provider's 429 in this generation, and when the first was (the wrapper's cap). */
  deferrals?: number;
  deferred_since?: string;
}

export const PENDING_STAGE: StageState = { status: 'pending', attempts: 0, started_at: null, completed_at: null };

/**
 * Every named transition of an analysis and the statuses it may start from. Anything else is refused:
 * a canceled analysis never moves again, a finished one only through a new generation. DELETE is no transition:
 * the row goes (AnalysisStore.erase), and every later transition finds nothing to change.
 * A retry that finds its failure unwritten (status still processing) may start a new generation too;
 * `resume` (re-publishing lost jobs) keeps the status. A stage's end may come straight from `queued`: a short first
 * attempt writes its start together with its end (one statement less per stage), see AnalysisStore.readForStage.
 */
export const TRANSITIONS = {
  startStage: { from: ['queued', 'processing'], to: 'processing' },
  completeStage: { from: ['queued', 'processing'], to: 'processing' },
  completeLastStage: { from: ['queued', 'processing'], to: 'completed' },
  deferStage: { from: ['queued', 'processing'], to: 'unchanged' },
  retryStage: { from: ['queued', 'processing'], to: 'processing' },
  failStage: { from: ['queued', 'processing'], to: 'failed' },
  // A stage failed for good whose later stages run all the same (PASSED_OVER_ON_FAILURE): the analysis goes on, its
  // error recorded, and the last stage's completion ends it failed instead of completed.
  failStagePassedOver: { from: ['queued', 'processing'], to: 'processing' },
  completeEmpty: { from: ['queued'], to: 'completed' },
  startGeneration: { from: ['completed', 'failed', 'queued', 'processing'], to: 'queued' },
  resume: { from: ['queued', 'processing'], to: 'unchanged' },
} as const satisfies Record<string, { from: readonly AnalysisStatus[]; to: AnalysisStatus | 'unchanged' }>;

export type Transition = keyof typeof TRANSITIONS;

/** The status after `transition` from `from`, or undefined when the transition is refused. */
export function nextStatus(from: AnalysisStatus, transition: Transition): AnalysisStatus | undefined {
  const t = TRANSITIONS[transition];
  if (!(t.from as readonly AnalysisStatus[]).includes(from)) return undefined;
  return t.to === 'unchanged' ? from : t.to;
}

/** Statuses a transition may start from, for the WHERE clause that applies it atomically. */
export const allowedFrom = (transition: Transition): AnalysisStatus[] => [...TRANSITIONS[transition].from];

export interface AnalysisRow {
  id: string;
  user_id: string;
  conversation_id: string;
  status: AnalysisStatus;
  /** Stage name → state, for the stages of the pipeline the analysis was accepted under. */
  stages: Record<string, StageState | undefined>;
  language: 'auto' | 'en' | 'sw';
  idempotency_key: string | null;
  /** sha256 of the body first sent with the idempotency key (null before fingerprints were kept). */
  idempotency_fingerprint: string | null;
  callback_url: string | null;
  client_transcript: string | null;
  recorded_at: Date | null;
  error: { code: string; message: string; stage: string } | null;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
  /** Bumped by each `resona reprocess`/`retry-failed`; part of the stage job ids. */
  reprocess_generation: number;
}

/** The columns an `AnalysisRow` holds, listed so that hot statements can be named: a column a later migration adds
 * must not change a cached plan's result type. */
export const ANALYSIS_COLUMNS = [
  'id',
  'user_id',
  'conversation_id',
  'status',
  'stages',
  'language',
  'idempotency_key',
  'idempotency_fingerprint',
  'callback_url',
  'client_transcript',
  'recorded_at',
  'error',
  'created_at',
  'started_at',
  'completed_at',
  'reprocess_generation',
] as const satisfies ReadonlyArray<keyof AnalysisRow>;
// Fails to compile when AnalysisRow gains a field the list lacks.
const _everyColumn: Record<Exclude<keyof AnalysisRow, (typeof ANALYSIS_COLUMNS)[number]>, never> = {};
void _everyColumn;
