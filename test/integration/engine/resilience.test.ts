import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { BACKENDS, registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { exited, freePort, spawnWorker, startRedis } from '../../setup/processes.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

const RESULT_TABLES = ['transcriptions', 'emotion_scores', 'session_deviations', 'risk_assessments'];

async function resultCounts(engine: Engine, ids: string[]): Promise<number[]> {
  const counts: number[] = [];
  for (const table of RESULT_TABLES) {
    for (const id of ids) {
      const { n } = (await engine.t.db(table).where({ analysis_id: id }).count('* as n').first()) as { n: string };
      counts.push(Number(n));
    }
  }
  return counts;
}

function waitForStage(engine: Engine, id: string, stage: string, status: string) {
  return waitUntil(
    async () => (await engine.t.db('analyses').where({ id }).first('stages')).stages[stage]?.status === status,
    { timeoutMs: 10_000, what: `${stage} to reach ${status}` },
  );
}

for (const kind of BACKENDS) {
  describe(`worker processes on the ${kind} backend`, function () {
    this.timeout(120_000);
    let engine: Engine;
    const children: ChildProcess[] = [];
    before(async () => {
      engine = await startEngine(kind, allTestStages(), { WORKER_LOCK_MS: '2000' }, { inProcessWorker: false });
    });
    afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));
    after(() => engine.stop());

    it('finishes the jobs of a worker killed with SIGKILL mid-job in another worker, each result exactly once', async () => {
      const doomed = await spawnWorker({ ...engine.env, TEST_STAGE_DELAY_MS: '1500' });
      children.push(doomed);
      const user = await registerUser(engine.app);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await submit(engine.app, user.auth).expect(202)).body.id);
      await waitForStage(engine, ids[0]!, 'transcription', 'processing');
      doomed.kill('SIGKILL');
      children.push(await spawnWorker({ ...engine.env, TEST_STAGE_DELAY_MS: '100' }));
      for (const id of ids) expect((await waitForEnd(engine.app, user.auth, id, 60_000)).status).to.equal('completed');
      expect(await resultCounts(engine, ids)).to.deep.equal(new Array(RESULT_TABLES.length * ids.length).fill(1));
    });

    it('drains on SIGTERM: the active stage finishes, no new job starts, and the process exits 0', async () => {
      const worker = await spawnWorker({ ...engine.env, TEST_STAGE_DELAY_MS: '1500' });
      children.push(worker);
      const user = await registerUser(engine.app);
      const id = (await submit(engine.app, user.auth).expect(202)).body.id;
      await waitForStage(engine, id, 'transcription', 'processing');
      worker.kill('SIGTERM');
      expect(await exited(worker)).to.equal(0);
      const a = await engine.t.db('analyses').where({ id }).first('stages');
      expect(a.stages.transcription.status).to.equal('completed');
      expect(a.stages.emotion.status).to.equal('pending');
      children.push(await spawnWorker(engine.env));
      expect((await waitForEnd(engine.app, user.auth, id, 30_000)).status).to.equal('completed');
    });
  });
}

describe('a Redis outage during submissions', function () {
  this.timeout(120_000);
  let engine: Engine;
  let redis: ChildProcess;
  let port: number;
  before(async () => {
    port = await freePort();
    redis = await startRedis(port);
    engine = await startEngine('redis', allTestStages(), { REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  after(async () => {
    await engine.stop();
    redis.kill('SIGKILL');
  });

  it('accepts every submission while Redis is down and completes them all once it is back', async () => {
    const user = await registerUser(engine.app);
    redis.kill('SIGKILL');
    await exited(redis);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await submit(engine.app, user.auth).expect(202)).body.id);
    const pending = await engine.t.db('outbox').whereNull('published_at').count('* as n').first();
    expect(Number((pending as { n: string }).n)).to.be.at.least(5);
    redis = await startRedis(port);
    for (const id of ids) expect((await waitForEnd(engine.app, user.auth, id, 60_000)).status).to.equal('completed');
    expect(await resultCounts(engine, ids)).to.deep.equal(new Array(RESULT_TABLES.length * ids.length).fill(1));
  });
});
