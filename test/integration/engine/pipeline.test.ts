import { expect } from 'chai';
import request from 'supertest';
import { BACKENDS, registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

for (const kind of BACKENDS) {
  describe(`analysis pipeline on the ${kind} queue backend`, function () {
    this.timeout(60_000);
    let engine: Engine;
    before(async () => {
      engine = await startEngine(
        kind,
        allTestStages({ transcription: { rejectWord: 'venom' }, emotion: { rejectWord: 'poison' } }),
      );
    });
    after(() => engine.stop());

    it('accepts a submission with 202, runs every stage once and reports completed with results', async () => {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth).expect(202);
      expect(res.body).to.include({ status: 'queued' });
      const done = await waitForEnd(engine.app, user.auth, res.body.id);
      expect(done.status).to.equal('completed');
      for (const stage of ['transcription', 'emotion', 'baseline', 'risk']) {
        expect(done.stages[stage], stage).to.include({ status: 'completed', attempts: 1 });
      }
      expect(done.result.transcription.text).to.equal('Niko sawa, just tired');
      expect(done.result.risk.level).to.equal('low');
      expect(done.started_at).to.be.a('string');
      expect(done.completed_at).to.be.a('string');
      for (const table of ['transcriptions', 'emotion_scores', 'session_deviations', 'risk_assessments']) {
        const { n } = (await engine.t.db(table).where({ analysis_id: res.body.id }).count('* as n').first()) as {
          n: string;
        };
        expect(n, table).to.equal('1');
      }
    });

    it('returns the original analysis for a repeated Idempotency-Key, never a second one', async () => {
      const user = await registerUser(engine.app);
      const first = await submit(engine.app, user.auth, undefined, 'key-1').expect(202);
      const second = await submit(engine.app, user.auth, undefined, 'key-1').expect(202);
      expect(second.body.id).to.equal(first.body.id);
      const { n } = (await engine.t.db('analyses').where({ user_id: user.id }).count('* as n').first()) as {
        n: string;
      };
      expect(n).to.equal('1');
    });

    it('runs the later stages when transcription fails for good but the client sent its words, and ends failed', async () => {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'this is venom' }).expect(202);
      const done = await waitForEnd(engine.app, user.auth, res.body.id);
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'invalid_input', stage: 'transcription' });
      expect(done.stages.transcription).to.include({ status: 'failed', attempts: 1 });
      for (const stage of ['emotion', 'baseline', 'risk'])
        expect(done.stages[stage].status, stage).to.equal('completed');
    });

    it('still runs baseline and risk when emotion fails for good, and ends failed with emotion’s error', async () => {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'this is poison' }).expect(202);
      const done = await waitForEnd(engine.app, user.auth, res.body.id);
      expect(done.status).to.equal('failed');
      expect(done.error).to.include({ code: 'invalid_input', stage: 'emotion' });
      expect(done.stages.emotion).to.include({ status: 'failed', attempts: 1 });
      for (const stage of ['baseline', 'risk']) expect(done.stages[stage], stage).to.include({ status: 'completed' });
      expect(done.result.risk.level).to.equal('low');
      expect(done.result).not.to.have.property('emotion');
      expect(done.completed_at).to.be.a('string');
    });

    it('answers 404 for another user’s analysis, on read and on delete', async () => {
      const owner = await registerUser(engine.app);
      const other = await registerUser(engine.app);
      const res = await submit(engine.app, owner.auth).expect(202);
      const read = await request(engine.app)
        .get(`/v1/analyses/${res.body.id}`)
        .set('Authorization', other.auth)
        .expect(404);
      expect(read.body.error.code).to.equal('not_found');
      await request(engine.app).delete(`/v1/analyses/${res.body.id}`).set('Authorization', other.auth).expect(404);
      await request(engine.app).get(`/v1/analyses/${res.body.id}`).set('Authorization', owner.auth).expect(200);
    });

    it('lists only the caller’s analyses, newest first, a page at a time', async () => {
      const user = await registerUser(engine.app);
      const other = await registerUser(engine.app);
      await submit(engine.app, other.auth).expect(202);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await submit(engine.app, user.auth).expect(202)).body.id);
      const page1 = await request(engine.app).get('/v1/analyses?limit=2').set('Authorization', user.auth).expect(200);
      expect(page1.body.data.map((a: { id: string }) => a.id)).to.deep.equal([ids[2], ids[1]]);
      const page2 = await request(engine.app)
        .get(`/v1/analyses?limit=2&cursor=${page1.body.next_cursor}`)
        .set('Authorization', user.auth)
        .expect(200);
      expect(page2.body.data.map((a: { id: string }) => a.id)).to.deep.equal([ids[0]]);
      expect(page2.body.next_cursor).to.equal(null);
    });

    it('deletes an analysis on DELETE: 404 afterwards, results and transcript gone, 404 for others', async () => {
      const user = await registerUser(engine.app);
      const other = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth).expect(202);
      await waitForEnd(engine.app, user.auth, res.body.id);
      await request(engine.app).delete(`/v1/analyses/${res.body.id}`).set('Authorization', other.auth).expect(404);
      await request(engine.app).delete(`/v1/analyses/${res.body.id}`).set('Authorization', user.auth).expect(204);
      await request(engine.app).get(`/v1/analyses/${res.body.id}`).set('Authorization', user.auth).expect(404);
      expect(await engine.t.db('analyses').where({ id: res.body.id }).first()).to.equal(undefined);
      const { n } = (await engine.t
        .db('transcriptions')
        .where({ analysis_id: res.body.id })
        .count('* as n')
        .first()) as { n: string };
      expect(n).to.equal('0');
    });

    it('answers 400 validation_error without a transcript', async () => {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { language: 'en' }).expect(400);
      expect(res.body.error.code).to.equal('validation_error');
    });
  });
}
