import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import request from 'supertest';
import { stageJobId } from '../../../jobs/catalogue.js';
import type { StageName } from '../../../jobs/queues.js';
import { makeTones } from '../../setup/audio.js';
import { BACKENDS, registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { spawnWorker } from '../../setup/processes.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

// A job failed by the queue's stall limit never reaches our stage wrapper, and a stage passed over on failure releases
// the stages after it at once: whichever records it first (the failed-event reconcile or the last stage's completion),
// the analysis must end failed, never completed with a stage that did not run (a review's race, 2026-12-03).

const N = 4;

/** What BullMQ's stall limit does to a job: a deferred failure, which the next worker to take it applies unrun. */
async function deferFailure(engine: Engine, kind: string, id: string, stage: StageName): Promise<void> {
  const jobId = stageJobId(id, stage);
  await waitUntil(() => engine.backend.queue(stage).getJob(jobId), { what: `the ${stage} job` });
  if (kind === 'redis') {
    const key = (engine.backend.queue(stage) as unknown as { toKey(s: string): string }).toKey(jobId);
    const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    await redis.hset(key, 'defa', 'job stalled more than allowable limit');
    await redis.quit();
  } else {
    const set = await engine.t.db.raw(
      `UPDATE bullmq.job SET deferred_failure = 'job stalled more than allowable limit' WHERE id = ?`,
      [jobId],
    );
    expect(set.rowCount).to.equal(1);
  }
}

const audioOnly = (engine: Engine, auth: string) =>
  request(engine.app)
    .post('/v1/analyses')
    .set('Authorization', auth)
    .attach('audio', fs.readFileSync(makeTones().wav), { filename: 'tone.wav', contentType: 'audio/wav' });

for (const kind of BACKENDS) {
  describe(`a stage failed by the stall limit while later stages run, on the ${kind} backend`, function () {
    this.timeout(120_000);
    let engine: Engine;
    const children: ChildProcess[] = [];
    beforeEach(async () => {
      engine = await startEngine(kind, allTestStages(), {}, { inProcessWorker: false });
    });
    afterEach(async () => {
      children.splice(0).forEach((c) => c.kill('SIGKILL'));
      await engine.stop();
    });

    for (const [stage, words] of [
      ['emotion', true],
      ['transcription', false],
    ] as const)
      it(`ends failed as stage_stalled in ${stage}, never completed${words ? ', risk still run' : ''}`, async () => {
        const user = await registerUser(engine.app);
        const ids: string[] = [];
        for (let i = 0; i < N; i++)
          ids.push((await (words ? submit(engine.app, user.auth) : audioOnly(engine, user.auth)).expect(202)).body.id);
        for (const id of ids) await deferFailure(engine, kind, id, stage);
        children.push(await spawnWorker(engine.env));
        for (const id of ids) {
          const end = (await waitForEnd(engine.app, user.auth, id, 30_000)) as unknown as {
            status: string;
            error: { code: string; stage: string };
            stages: Record<string, { status: string }>;
          };
          expect(end.status, id).to.equal('failed');
          expect(end.error).to.include({ code: 'stage_stalled', stage });
          expect(end.stages[stage]!.status).to.equal('failed');
          if (words) expect(end.stages.risk!.status).to.equal('completed');
        }
      });
  });
}
