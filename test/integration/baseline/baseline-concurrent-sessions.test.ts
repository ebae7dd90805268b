import { expect } from 'chai';
import request from 'supertest';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { numberedVoiceTranscription } from '../../setup/baseline-engine.js';
import { sessionDay } from '../../setup/baseline-sessions.js';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { testStage } from '../../setup/test-stages.js';

describe('concurrent sessions of one person', function () {
  this.timeout(120_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', [
      numberedVoiceTranscription((k) => ({ f0_sd_st: 2 + 0.1 * k }), 8),
      testStage('emotion', { concurrency: 8 }),
      baselineStage,
      testStage('risk', { concurrency: 8 }),
    ]);
  });
  after(() => engine.stop());

  it('counts all of eight sessions finishing together, and a concurrent deletion leaves the baseline', async () => {
    const { auth } = await registerUser(engine.app);
    const ids = await Promise.all(
      Array.from({ length: 8 }, async (_, k) => {
        const res = await submit(engine.app, auth, {
          transcript: `fine ${k}`,
          recorded_at: sessionDay(k + 1).toISOString(),
        }).expect(202);
        return res.body.id as string;
      }),
    );
    for (const id of ids) expect((await waitForEnd(engine.app, auth, id)).status).to.equal('completed');
    const b = (await request(engine.app).get('/v1/me/baseline').set('Authorization', auth).expect(200)).body;
    expect(b.sessions).to.equal(8);
    // Deletions racing new check-ins.
    const more = Promise.all(
      Array.from({ length: 4 }, async (_, k) => {
        const res = await submit(engine.app, auth, {
          transcript: `fine ${k + 8}`,
          recorded_at: sessionDay(k + 9).toISOString(),
        }).expect(202);
        return res.body.id as string;
      }),
    );
    await Promise.all(
      ids
        .slice(0, 4)
        .map((id) => request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', auth).expect(204)),
    );
    for (const id of await more) expect((await waitForEnd(engine.app, auth, id)).status).to.equal('completed');
    const after = (await request(engine.app).get('/v1/me/baseline').set('Authorization', auth).expect(200)).body;
    expect(after.sessions).to.equal(8);
  });
});
