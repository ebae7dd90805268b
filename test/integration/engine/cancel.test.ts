import { expect } from 'chai';
import request from 'supertest';
import { registerUser, startEngine, submit, type Engine } from '../../setup/engine.js';
import { stageJobId } from '../../../jobs/catalogue.js';
import { STAGE_QUEUES } from '../../../jobs/queues.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

describe('canceling an analysis while it runs', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', allTestStages({ transcription: { delayMs: 1500 } }));
  });
  after(() => engine.stop());

  it('leaves no result behind when DELETE lands during a stage, and later stages never run', async () => {
    const user = await registerUser(engine.app);
    const res = await submit(engine.app, user.auth).expect(202);
    // Wait until the slow first stage is running, then cancel.
    await waitUntil(
      async () =>
        (await engine.t.db('analyses').where({ id: res.body.id }).first('stages')).stages.transcription.status ===
        'processing',
      { what: 'the first stage to run' },
    );
    await request(engine.app).delete(`/v1/analyses/${res.body.id}`).set('Authorization', user.auth).expect(204);
    // Every job of the flow has ended (skipped) or was removed: nothing can write any more.
    await waitUntil(
      async () => {
        const states = await Promise.all(
          STAGE_QUEUES.map((s) => engine.backend.queue(s).getJobState(stageJobId(res.body.id, s))),
        );
        return states.every((st) => st === 'completed' || st === 'unknown');
      },
      { what: 'the canceled flow’s jobs to end' },
    );
    for (const table of ['transcriptions', 'emotion_scores', 'session_deviations', 'risk_assessments']) {
      const { n } = (await engine.t.db(table).where({ analysis_id: res.body.id }).count('* as n').first()) as {
        n: string;
      };
      expect(n, table).to.equal('0');
    }
    await request(engine.app).get(`/v1/analyses/${res.body.id}`).set('Authorization', user.auth).expect(404);
    expect(await engine.t.db('analyses').where({ id: res.body.id }).first()).to.equal(undefined);
  });
});
