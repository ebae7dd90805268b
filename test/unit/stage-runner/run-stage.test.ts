import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { expect } from 'chai';
import { createLogger } from '../../../lib/logger.js';
import { Metrics } from '../../../lib/metrics.js';
import { testConfig } from '../../setup/app.js';
import { CLIENT_TRANSCRIPT as TRANSCRIPT, FakeStores, UNUSED_DB as DB } from '../../setup/fake-stores.js';
import {
  ProviderUnavailableError,
  StageInputError,
  type StageContext,
  type StageDefinition,
} from '../../../processors/stage.js';
import { SHUTDOWN_REASON } from '../../../processors/stage-runner/outcome.js';
import { runStage, START_MARK_MS } from '../../../processors/stage-runner/run-stage.js';
import { waitUntil } from '../../setup/wait.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Case {
  it: string;
  run: (ctx: StageContext, stores: FakeStores) => Promise<void>;
  last?: boolean;
  attemptsMade?: number;
  timeoutMs?: number;
  status?: 'queued' | 'canceled';
  jobGeneration?: number;
  /** The job lets its parent run when it fails for good (ignoreDependencyOnFailure). */
  passedOver?: boolean;
  /** An earlier stage failed and was passed over: the analysis carries its error. */
  earlierFailure?: boolean;
  abort?: string;
  /** What the processor does: resolves with this value, or throws this kind of error. */
  outcome: { returns: object } | { throws: 'retry' | 'final' | 'delayed' };
  analysis: string;
  stage: string;
  code?: string;
  written: boolean;
  announced?: string;
}

const cases: Case[] = [
  {
    it: 'commits the outputs with the completion; the flow’s root completes the analysis and announces it',
    run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
    last: true,
    outcome: { returns: { ok: true } },
    analysis: 'completed',
    stage: 'completed',
    written: true,
    announced: 'completed',
  },
  {
    it: 'leaves the analysis processing after a stage that has a parent in the flow',
    run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
    last: false,
    outcome: { returns: { ok: true } },
    analysis: 'processing',
    stage: 'completed',
    written: true,
  },
  {
    it: 'fails the analysis at once on bad input, with the stage’s code and no output',
    run: async (ctx) => {
      ctx.results.write('transcription', TRANSCRIPT);
      throw new StageInputError('invalid_audio', 'not audio');
    },
    outcome: { throws: 'final' },
    analysis: 'failed',
    stage: 'failed',
    code: 'invalid_audio',
    written: false,
    announced: 'failed',
  },
  {
    it: 'leaves the analysis processing, unannounced, when a job that lets its parent run fails for good',
    run: async () => {
      throw new StageInputError('invalid_input', 'cannot use this');
    },
    last: false,
    passedOver: true,
    outcome: { throws: 'final' },
    analysis: 'processing',
    stage: 'failed',
    code: 'invalid_input',
    written: false,
  },
  {
    it: 'fails the analysis as the flow’s root ends when an earlier stage was passed over, announcing it failed',
    run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
    last: true,
    earlierFailure: true,
    outcome: { returns: { ok: true } },
    analysis: 'failed',
    stage: 'completed',
    written: true,
    announced: 'failed',
  },
  {
    it: 'retries a transient error while attempts remain',
    run: async () => {
      throw new Error('ECONNRESET');
    },
    outcome: { throws: 'retry' },
    analysis: 'processing',
    stage: 'pending',
    code: 'stage_failed',
    written: false,
  },
  {
    it: 'fails the analysis when the last attempt errs',
    run: async () => {
      throw new Error('ECONNRESET');
    },
    attemptsMade: 4,
    outcome: { throws: 'final' },
    analysis: 'failed',
    stage: 'failed',
    code: 'stage_failed',
    written: false,
    announced: 'failed',
  },
  {
    it: 'records a timeout as stage_timeout and commits nothing from a stage that ignores its signal',
    run: async (ctx) => {
      await sleep(80);
      ctx.results.write('transcription', TRANSCRIPT);
    },
    timeoutMs: 20,
    outcome: { throws: 'retry' },
    analysis: 'processing',
    stage: 'pending',
    code: 'stage_timeout',
    written: false,
  },
  {
    it: 'fails at once with provider_unavailable when the provider refuses our credentials',
    run: async () => {
      throw new ProviderUnavailableError('openai', 'refused our credentials');
    },
    outcome: { throws: 'final' },
    analysis: 'failed',
    stage: 'failed',
    code: 'provider_unavailable',
    written: false,
    announced: 'failed',
  },
  {
    it: 'does nothing for an analysis canceled before the stage started',
    run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
    status: 'canceled',
    outcome: { returns: { skipped: true } },
    analysis: 'canceled',
    stage: 'pending',
    written: false,
  },
  {
    it: 'drops the outputs of a stage whose analysis was canceled while it ran',
    run: async (ctx, s) => {
      ctx.results.write('transcription', TRANSCRIPT);
      s.analyses.get((await ctx.analysis()).id)!.status = 'canceled';
    },
    outcome: { returns: { skipped: true } },
    analysis: 'canceled',
    stage: 'pending',
    written: false,
  },
  {
    it: 'ignores a job of an older generation',
    run: async (ctx) => ctx.results.write('transcription', TRANSCRIPT),
    jobGeneration: 1,
    outcome: { returns: { skipped: true } },
    analysis: 'queued',
    stage: 'pending',
    written: false,
  },
  {
    it: 'hands the job back on shutdown without failing it or spending an attempt',
    run: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    abort: SHUTDOWN_REASON,
    outcome: { throws: 'delayed' },
    analysis: 'queued',
    stage: 'pending',
    written: false,
  },
  {
    it: 'fails an operator-canceled job as stage_canceled, without retries',
    run: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    abort: 'canceled in the board',
    outcome: { throws: 'final' },
    analysis: 'failed',
    stage: 'failed',
    code: 'stage_canceled',
    written: false,
    announced: 'failed',
  },
];

/** The wrapper around a transcription stage that runs `run`, on the fake stores. */
const processorFor = (stores: FakeStores, timeoutMs: number, run: StageDefinition['run'], metrics?: Metrics) =>
  runStage(
    { name: 'transcription', timeoutMs, concurrency: 1, run },
    { ports: stores.ports(), logger: createLogger('silent'), config: testConfig(DB), metrics, worker: () => undefined },
  );

describe('the stage wrapper against in-memory stores', () => {
  for (const c of cases) {
    it(c.it, async () => {
      const stores = new FakeStores();
      const earlier = c.earlierFailure ? { error: { code: 'stage_failed', message: 'boom', stage: 'emotion' } } : {};
      const a = stores.add(['transcription'], { ...(c.status ? { status: c.status } : {}), ...earlier });
      const metrics = new Metrics();
      const controller = new AbortController();
      let delayed = false;
      let finished: Promise<void> | undefined;
      const job = {
        data: { analysis_id: a.id, user_id: a.user_id, generation: c.jobGeneration ?? 0 },
        attemptsMade: c.attemptsMade ?? 0,
        opts: { attempts: 5, ...(c.passedOver ? { ignoreDependencyOnFailure: true } : {}) },
        parentKey: c.last === false ? 'bull:emotion:parent' : undefined,
        moveToDelayed: async () => void (delayed = true),
      } as unknown as Job;
      const processor = processorFor(stores, c.timeoutMs ?? 5000, (ctx) => (finished = c.run(ctx, stores)), metrics);
      const running = processor(job, 'token', controller.signal);
      if (c.abort) setTimeout(() => controller.abort(c.abort), 10);
      const settled = await running.then(
        (value) => ({ value }),
        (error: Error) => ({ error }),
      );
      if ('returns' in c.outcome) expect(settled).to.deep.equal({ value: c.outcome.returns });
      else {
        const error = (settled as { error?: Error }).error;
        const kind = { retry: Error, final: UnrecoverableError, delayed: DelayedError }[c.outcome.throws];
        expect(error).to.be.instanceOf(kind);
        if (c.outcome.throws === 'retry') expect(error).to.not.be.instanceOf(UnrecoverableError);
        expect(delayed).to.equal(c.outcome.throws === 'delayed');
      }
      await finished?.catch(() => {}); // a stage that ignored its timeout has finished too
      const row = stores.analyses.get(a.id)!;
      expect(row.status).to.equal(c.analysis);
      expect(row.stages.transcription!.status).to.equal(c.stage);
      expect(row.stages.transcription!.error?.code).to.equal(c.code);
      expect(stores.results.has(a.id)).to.equal(c.written);
      expect(stores.announced.map((x) => x.status)).to.deep.equal(c.announced ? [c.announced] : []);
      const unavailable = (await metrics.providerUnavailable.get()).values.reduce((n, v) => n + v.value, 0);
      expect(unavailable).to.equal(c.code === 'provider_unavailable' ? 1 : 0);
    });
  }

  it('shows a first attempt that runs past START_MARK_MS as processing while it runs', async () => {
    const stores = new FakeStores();
    const a = stores.add(['transcription']);
    let release!: () => void;
    const processor = processorFor(stores, 10_000, () => new Promise<void>((r) => (release = r)));
    const job = {
      data: { analysis_id: a.id, user_id: a.user_id },
      attemptsMade: 0,
      opts: { attempts: 5 },
    } as unknown as Job;
    const running = processor(job, 'token');
    expect(stores.analyses.get(a.id)!.stages.transcription!.status).to.equal('pending');
    await waitUntil(async () => stores.analyses.get(a.id)!.stages.transcription!.status === 'processing', {
      timeoutMs: START_MARK_MS * 3,
      what: 'the start marker',
    });
    expect(stores.analyses.get(a.id)!.status).to.equal('processing');
    release();
    await running;
    expect(stores.analyses.get(a.id)!.status).to.equal('completed');
  });

  it('refuses a payload that is not an analysis job, as unrecoverable', async () => {
    const stores = new FakeStores();
    const processor = processorFor(stores, 1000, async () => {});
    const job = { data: { analysis_id: 'nope' }, attemptsMade: 0, opts: {} } as unknown as Job;
    const error = await processor(job).catch((e: Error) => e);
    expect(error).to.be.instanceOf(UnrecoverableError);
  });
});
