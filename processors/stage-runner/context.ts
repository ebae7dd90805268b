import { Worker, type Job } from 'bullmq';
import type { StageRef } from '../../lib/analyses/analysis-store.js';
import type { AnalysisRow } from '../../lib/analyses/states.js';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import type { ResultKeys, ResultWrite } from '../../lib/results/index.js';
import type { StageContext, StageDefinition } from '../stage.js';
import { overDeferralCap } from './deferrals.js';
import type { StagePorts } from './ports.js';
import type { StageAbort } from './signal.js';

// What a stage sees of its attempt: the context the wrapper hands to stage.run.

export interface StageRunDeps {
  ports: StagePorts;
  logger: Logger;
  config: Config;
  metrics?: Metrics;
  /** The BullMQ worker running this stage, for queue-wide rate limiting. */
  worker: () => Worker | undefined;
}

/** One attempt of one stage job, as the wrapper's small steps see it. */
export interface Attempt {
  job: Job;
  token?: string;
  ref: StageRef;
  /** What every result row carries; conversation_id from the payload, else from the analysis row. */
  keys: ResultKeys;
  number: number;
  startedAt: Date;
  /** The flow's root (a job with no parent) is the pipeline's last stage: it completes the analysis. */
  last: boolean;
  /** The stage loaded or saved a checkpoint: the wrapper clears it once the stage has ended. */
  checkpointed?: boolean;
}

/** The attempt's logger, made on first use: a child logger serialises its bindings, and most jobs log nothing. */
export function lazyChild(logger: Logger, bindings: Record<string, unknown>): () => Logger {
  let child: Logger | undefined;
  return () => (child ??= logger.child(bindings));
}

export function stageContext(
  stage: StageDefinition,
  deps: StageRunDeps,
  analysis: () => Promise<AnalysisRow>,
  a: Attempt,
  abort: StageAbort,
  outputs: ResultWrite[],
  log: () => Logger,
): StageContext {
  return {
    analysis,
    get logger() {
      return log();
    },
    get signal() {
      return abort.signal;
    },
    attempt: a.number,
    config: deps.config,
    results: {
      read: (name) => deps.ports.results.read(a.ref.id, name),
      write: (name, value) => void outputs.push(deps.ports.results.validate({ name, value } as ResultWrite)),
    },
    history: () => deps.ports.history(a.keys.user_id, a.ref.id, deps.config.baseline.window),
    recording: () => deps.ports.recording(a.ref.id),
    conversation: conversationOf(deps, a),
    providerFellBack: (provider, failure, message) => {
      log().warn({ provider, reason: failure.reason, misconfigured: failure.misconfigured }, message);
      if (failure.misconfigured) deps.metrics?.providerUnavailable.inc({ stage: stage.name, provider });
    },
    mayDefer: async () => {
      const state = (await analysis()).stages[stage.name];
      const since = new Date(state?.deferred_since ?? Date.now());
      return !overDeferralCap(deps.config, { count: (state?.deferrals ?? 0) + 1, since });
    },
    rateLimited: async (ms) => {
      await deps.worker()?.rateLimit(ms);
      return Worker.RateLimitError();
    },
    checkpoint: {
      load: async () => {
        const data = await deps.ports.checkpoints.load(a.ref);
        a.checkpointed ||= data !== undefined;
        return data;
      },
      save: async (data) => {
        a.checkpointed = true;
        await deps.ports.checkpoints.save(a.ref, a.keys.user_id, data);
      },
    },
  };
}

/** The analysis's conversation as the stage context offers it: keys and limits filled in from the attempt. */
function conversationOf(deps: StageRunDeps, a: Attempt): StageContext['conversation'] {
  let turns: ReturnType<StagePorts['conversation']['open']> | undefined;
  const open = () =>
    (turns ??= deps.ports.conversation.open({
      analysisId: a.ref.id,
      userId: a.keys.user_id,
      conversationId: a.keys.conversation_id,
    }));
  return {
    earlier: (at) => open().earlier(at, deps.config.reply.contextTurns),
    seal: (turn, at) => open().seal(turn, at),
    recentTemplates: (limit) => deps.ports.conversation.recentTemplates(a.keys.user_id, a.ref.id, limit),
  };
}
