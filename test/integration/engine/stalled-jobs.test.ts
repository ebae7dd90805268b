import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import request from 'supertest';
import { UnrecoverableError, type Job } from 'bullmq';
import { expect } from 'chai';
import { stageJobId } from '../../../jobs/catalogue.js';
import type { StageName } from '../../../jobs/queues.js';
import { createLogger } from '../../../lib/logger.js';
import { startStallSweeper } from '../../../processors/stall-sweeper.js';
import { makeTones } from '../../setup/audio.js';
import { BACKENDS, registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { exited, spawnWorker } from '../../setup/processes.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

const PIPELINE = ['transcription', 'emotion', 'baseline', 'risk'] as const;

/** The transcription job of an analysis once it is active, with how often it stalled so far. */
function activeJob(engine: Engine, id: string, stalledAtLeast: number): Promise<Job> {
  return waitUntil(
    async () => {
      const job = await engine.backend.queue('transcription').getJob(stageJobId(id, 'transcription'));
      if (!job || (await job.getState()) !== 'active') return undefined;
      return job.stalledCounter >= stalledAtLeast ? job : undefined;
    },
    { timeoutMs: 20_000, what: `the transcription job of ${id} active after ${stalledAtLeast} stalls` },
  );
}

/**
 * Fails the analysis's `stage` job the way BullMQ's stall limit does, without our stage wrapper, once it is queued
 * (`before` runs with the failing consumer in place: it may complete the stages before).
 */
async function failJobOutsideTheWrapper(
  engine: Engine,
  id: string,
  stage: StageName = 'transcription',
  before: () => Promise<unknown> = async () => {},
): Promise<void> {
  await waitUntil(() => engine.backend.queue(stage).getJob(stageJobId(id, stage)), {
    what: `the ${stage} job to exist`,
  });
  const raw = engine.backend.worker(
    stage,
    async () => {
      throw new UnrecoverableError('job stalled more than allowable limit');
    },
    { concurrency: 1 },
  );
  await before();
  await waitUntil(async () => (await engine.backend.queue(stage).getJob(stageJobId(id, stage)))?.failedReason, {
    what: 'the job to fail',
  });
  await raw.close();
}

/** A recording without the client's words: a transcription that fails for good then cancels the later stages. */
const audioOnly = (engine: Engine, auth: string) =>
  request(engine.app)
    .post('/v1/analyses')
    .set('Authorization', auth)
    .attach('audio', fs.readFileSync(makeTones().wav), { filename: 'tone.wav', contentType: 'audio/wav' });

const sweeperOf = (engine: Engine) =>
  startStallSweeper({
    db: engine.t.db,
    backend: engine.backend,
    pipeline: PIPELINE,
    logger: createLogger('silent'),
    everyMs: 100,
    staleMs: 0,
  });

for (const kind of BACKENDS) {
  describe(`stage jobs failed without the stage wrapper, on the ${kind} backend`, function () {
    this.timeout(120_000);
    let engine: Engine;
    const children: ChildProcess[] = [];
    before(async () => {
      engine = await startEngine(kind, allTestStages(), { WORKER_LOCK_MS: '1000' }, { inProcessWorker: false });
    });
    afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));
    after(() => engine.stop());

    it('fails the analysis as stage_stalled when its stage job stalls past the limit (worker killed twice)', async () => {
      const slow = { ...engine.env, TEST_STAGE_DELAY_MS: '60000' };
      const user = await registerUser(engine.app);
      const first = await spawnWorker(slow);
      children.push(first);
      const id = (await audioOnly(engine, user.auth).expect(202)).body.id as string;
      await activeJob(engine, id, 0);
      first.kill('SIGKILL');
      const second = await spawnWorker(slow);
      children.push(second);
      await activeJob(engine, id, 1);
      second.kill('SIGKILL');
      children.push(await spawnWorker(slow));
      const end = await waitForEnd(engine.app, user.auth, id, 30_000);
      expect(end.status).to.equal('failed');
      const body = end as unknown as {
        error: { code: string; stage: string };
        stages: Record<string, { status: string }>;
      };
      expect(body.error).to.include({ code: 'stage_stalled', stage: 'transcription' });
      expect(body.stages.transcription!.status).to.equal('failed');
      expect(body.stages.risk!.status).to.equal('canceled');
    });

    it('the sweep fails an analysis whose stage job failed while no worker watched', async () => {
      const user = await registerUser(engine.app);
      const id = (await audioOnly(engine, user.auth).expect(202)).body.id as string;
      await failJobOutsideTheWrapper(engine, id);
      expect((await engine.t.db('analyses').where({ id }).first('status')).status).to.equal('queued');
      const sweeper = sweeperOf(engine);
      try {
        const end = await waitForEnd(engine.app, user.auth, id, 10_000);
        expect(end).to.deep.include({ status: 'failed' });
        expect((end as unknown as { error: { code: string } }).error.code).to.equal('stage_stalled');
      } finally {
        await sweeper.stop();
      }
    });

    it('the sweep passes over an emotion job that failed while no worker watched, and risk still runs', async () => {
      const user = await registerUser(engine.app);
      const id = (await submit(engine.app, user.auth).expect(202)).body.id as string;
      await failJobOutsideTheWrapper(engine, id, 'emotion', async () => {
        const transcriber = await spawnWorker({ ...engine.env, TEST_WORKER_STAGES: 'transcription' });
        children.push(transcriber);
      });
      const sweeper = sweeperOf(engine);
      try {
        await waitUntil(
          async () => (await engine.t.db('analyses').where({ id }).first('stages')).stages.emotion.status === 'failed',
          { what: 'the sweep to settle the emotion stage' },
        );
        children.push(await spawnWorker(engine.env));
        const end = (await waitForEnd(engine.app, user.auth, id, 30_000)) as unknown as {
          status: string;
          error: { code: string; stage: string };
          stages: Record<string, { status: string }>;
        };
        expect(end.status).to.equal('failed');
        expect(end.error).to.include({ code: 'stage_stalled', stage: 'emotion' });
        expect(end.stages.baseline!.status).to.equal('completed');
        expect(end.stages.risk!.status).to.equal('completed');
      } finally {
        await sweeper.stop();
      }
    });

    it('on SIGTERM hands a stage that outlives WORKER_DRAIN_MS back, unfailed, for another worker', async () => {
      const user = await registerUser(engine.app);
      const worker = await spawnWorker({ ...engine.env, TEST_STAGE_DELAY_MS: '4000', WORKER_DRAIN_MS: '300' });
      children.push(worker);
      const id = (await submit(engine.app, user.auth).expect(202)).body.id as string;
      await activeJob(engine, id, 0);
      worker.kill('SIGTERM');
      expect(await exited(worker)).to.equal(0);
      const row = await engine.t.db('analyses').where({ id }).first('status', 'stages');
      expect(row.stages.transcription).to.include({ status: 'pending' });
      children.push(await spawnWorker({ ...engine.env, TEST_STAGE_DELAY_MS: '10' }));
      expect((await waitForEnd(engine.app, user.auth, id, 30_000)).status).to.equal('completed');
    });
  });
}
