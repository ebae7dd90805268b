import { DelayedError, UnrecoverableError, Worker, type Job, type Processor } from 'bullmq';
import { passedOver, stagePayloadSchema } from '../../jobs/catalogue.js';
import type { AnalysisRow } from '../../lib/analyses/states.js';
import type { Logger } from '../../lib/logger.js';
import { observeJob } from '../../lib/metrics.js';
import type { ResultWrite } from '../../lib/results/index.js';
import type { StageDefinition } from '../stage.js';
import { AnalysisGoneError, classify, type Outcome } from './outcome.js';
import { lazyChild, stageContext, type Attempt, type StageRunDeps } from './context.js';
import type { StagePorts } from './ports.js';
import { stageAbort, type StageAbort } from './signal.js';
import { overDeferralCap } from './deferrals.js';

/**
 * The one wrapper around every stage processor: validates the payload, moves the stage through the lifecycle
 * store, runs it under its timeout, commits its outputs with its completion, and sorts failures into retry,
 * no retry, rate limited, handed back (shutdown) or gone (canceled meanwhile).
 */
export function runStage(stage: StageDefinition, deps: StageRunDeps): Processor {
  return async (job: Job, token?: string, workerSignal?: AbortSignal) => {
    const a = begin(stage, job, token);
    // A first attempt writes its start with its end (or by the marker once it runs a while), and reads the
    // analysis only if the stage asks for it; a retry marks itself processing at once.
    const row =
      a.number > 1
        ? await deps.ports.analyses.startStage(a.ref, a.number, a.startedAt)
        : a.keys.conversation_id
          ? null
          : await deps.ports.analyses.readForStage(a.ref);
    // Canceled, finished or superseded by a newer generation: nothing to do, and nothing to retry.
    if (row === undefined) return skipped(deps, stage, a);
    if (row) a.keys.conversation_id = row.conversation_id;
    const analysis = lazyAnalysis(deps.ports, a, row ?? undefined);
    const log = lazyChild(deps.logger, { analysis_id: a.ref.id, stage: stage.name, attempt: a.number });
    const abort = stageAbort(stage.timeoutMs, workerSignal);
    const outputs: ResultWrite[] = [];
    const marker = a.number === 1 ? startMarker(deps, a) : undefined;
    try {
      const ctx = stageContext(stage, deps, analysis, a, abort, outputs, log);
      await Promise.race([stage.run(ctx), abort.ended]);
      await marker?.settle();
      await persist(deps.ports, a, outputs, abort);
    } catch (err) {
      await marker?.settle();
      const outcome = classify(err, abort.cause(), stage.name, stage.timeoutMs);
      return settleFailure(stage, deps, a, outcome, log());
    } finally {
      abort.clear();
    }
    // After the commit, and never a reason to fail a completed stage: the retention sweep removes what this misses.
    if (a.checkpointed)
      await deps.ports.checkpoints
        .clear(a.ref)
        .catch((err: Error) => log().warn({ err: err.message }, 'checkpoint not cleared'));
    observeJob(deps.metrics, stage.name, 'completed', (Date.now() - a.startedAt.getTime()) / 1000);
    if (deps.logger.isLevelEnabled('info')) log().info({ ms: Date.now() - a.startedAt.getTime() }, 'stage completed');
    return { ok: true };
  };
}

function begin(stage: StageDefinition, job: Job, token?: string): Attempt {
  const parsed = stagePayloadSchema.safeParse(job.data);
  // Not the user's input: a job that a different code version queued, or a hand-made one.
  if (!parsed.success) throw new UnrecoverableError(`invalid ${stage.name} payload: ${parsed.error.message}`);
  const ref = { id: parsed.data.analysis_id, stage: stage.name, generation: parsed.data.generation ?? 0 };
  const { user_id, conversation_id = '' } = parsed.data;
  const keys = { analysis_id: ref.id, user_id, conversation_id, generation: ref.generation };
  return { job, token, ref, keys, number: job.attemptsMade + 1, last: !job.parentKey, startedAt: new Date() };
}

/** The analysis row, read once when the stage first asks; a stage that may no longer run ends as skipped. */
function lazyAnalysis(ports: StagePorts, a: Attempt, row?: AnalysisRow): () => Promise<AnalysisRow> {
  let reading: Promise<AnalysisRow> | undefined = row && Promise.resolve(row);
  return () =>
    (reading ??= ports.analyses.readForStage(a.ref).then((found) => {
      if (!found) throw new AnalysisGoneError(a.ref.id);
      return found;
    }));
}

/** How long a first attempt runs before clients are shown it as processing (short ones never need the write). */
export const START_MARK_MS = 1000;

/** Writes a long first attempt's start; settle() stops it and waits for a write in flight before the end is written. */
function startMarker(deps: StageRunDeps, a: Attempt): { settle(): Promise<void> } {
  let writing: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    writing = deps.ports.analyses.startStage(a.ref, a.number, a.startedAt).catch(() => undefined);
  }, START_MARK_MS);
  return {
    settle: async () => {
      clearTimeout(timer);
      await writing;
    },
  };
}

/**
 * Commits the stage's outputs (and, at the end, the webhook announcement) with its completion, atomically: as one
 * statement where every output's kind allows it, else in one transaction. The completing UPDATE takes the analysis row lock first (DELETE takes it too), so a
 * canceled analysis gets nothing; an aborted signal (a timeout about to be recorded) refuses before committing.
 */
async function persist(
  ports: StagePorts,
  a: Attempt,
  outputs: readonly ResultWrite[],
  abort: Pick<StageAbort, 'throwIfAborted' | 'ended'>,
): Promise<void> {
  abort.throwIfAborted();
  const accepted = ports.completeAtOnce?.(a.ref, runOf(a), a.keys, outputs, abort);
  if (accepted) {
    if (!(await accepted)) throw new AnalysisGoneError(a.ref.id);
    return;
  }
  await ports.transaction(async (trx) => {
    const settled = await ports.analyses.completeStage(trx, a.ref, runOf(a));
    if (!settled) throw new AnalysisGoneError(a.ref.id);
    abort.throwIfAborted();
    await ports.results.write(trx, a.keys, outputs);
    if (a.last && settled.callback_url) {
      const status = settled.status === 'failed' ? 'failed' : 'completed';
      const payload = { analysis_id: a.ref.id, status, generation: settled.reprocess_generation } as const;
      await ports.announce(trx, payload);
    }
  });
}

async function settleFailure(
  stage: StageDefinition,
  deps: StageRunDeps,
  a: Attempt,
  failure: Outcome,
  log: Logger,
): Promise<{ skipped: true }> {
  let outcome = failure;
  const { ports } = deps;
  const seconds = (Date.now() - a.startedAt.getTime()) / 1000;
  switch (outcome.kind) {
    case 'gone':
      return skipped(deps, stage, a);
    case 'rate_limited': {
      // The job goes back to waiting untouched, its attempt not spent, until the cap of deferrals or time.
      const d = await ports.analyses.deferStage(a.ref, { rateLimited: true });
      const giveUp = d && overDeferralCap(deps.config, d);
      if (!giveUp) throw Worker.RateLimitError();
      outcome = { kind: 'failed', code: 'provider_rate_limited', message: giveUp, retry: false };
      break;
    }
    case 'handed_back':
      // Shutting down: another worker takes the job soon, without an attempt spent.
      await ports.analyses.deferStage(a.ref);
      observeJob(deps.metrics, stage.name, 'handed_back', seconds);
      await a.job.moveToDelayed(Date.now() + 1000, a.token);
      throw new DelayedError();
  }
  const final = !outcome.retry || a.number >= (a.job.opts.attempts ?? 1);
  const error = { code: outcome.code, message: outcome.message };
  log.warn({ err: outcome.message, code: outcome.code, final }, 'stage attempt failed');
  observeJob(deps.metrics, stage.name, final ? 'failed' : 'retry', seconds);
  if (outcome.provider) deps.metrics?.providerUnavailable.inc({ stage: stage.name, provider: outcome.provider });
  if (!final) {
    await ports.analyses.retryStage(a.ref, runOf(a), error);
    throw new Error(outcome.message);
  }
  await ports.transaction(async (trx) => {
    // A job that lets its parent run on failure (PASSED_OVER_ON_FAILURE) leaves the analysis to its later stages.
    const settled = await ports.analyses.failStage(trx, a.ref, runOf(a), error, { passedOver: passedOver(a.job) });
    // The recording itself is at fault: nothing can use it, so it goes now. Other failures (a provider key, an outage)
    // keep it for `resona retry-failed` until the retention sweep's grace period ends.
    const erase = settled && deps.config.audio.retention === 'after_transcription' && RECORDING_FAULTS.has(error.code);
    if (erase) await ports.eraseAudio(trx, a.ref.id);
    if (settled && a.checkpointed) await ports.checkpoints.clear(a.ref, trx);
    if (settled?.callback_url && settled.status === 'failed') {
      await ports.announce(trx, { analysis_id: a.ref.id, status: 'failed', generation: settled.reprocess_generation });
    }
  });
  throw new UnrecoverableError(outcome.message);
}

/** Why a stage stops waiting for a provider that keeps answering 429, or undefined while it may wait on. */
/** Failure codes that blame the recording: retrying cannot help, so its audio is erased with the failure. */
const RECORDING_FAULTS = new Set(['invalid_audio', 'recording_corrupt']);

const runOf = (a: Attempt) => ({ attempt: a.number, startedAt: a.startedAt, last: a.last });

function skipped(deps: StageRunDeps, stage: StageDefinition, a: Attempt): { skipped: true } {
  observeJob(deps.metrics, stage.name, 'skipped', (Date.now() - a.startedAt.getTime()) / 1000);
  return { skipped: true };
}
