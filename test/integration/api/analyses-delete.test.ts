import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import request from 'supertest';
import { makeTones } from '../../setup/audio.js';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

describe('DELETE /v1/analyses/:id', function () {
  this.timeout(60_000);
  let engine: Engine;
  let hook: http.Server;
  let hookUrl: string;
  before(async () => {
    engine = await startEngine('redis', allTestStages(), { WEBHOOK_ALLOW_PRIVATE: 'true' });
    hook = http.createServer((_req, res) => res.end()).listen(0, '127.0.0.1');
    await new Promise((r) => hook.once('listening', r));
    // Credentials in a callback URL are what the delivery log must not keep after deletion.
    hookUrl = `http://hook-user:hook-secret@127.0.0.1:${(hook.address() as AddressInfo).port}/hook?token=abc`;
  });
  after(async () => {
    hook.close();
    await engine.stop();
  });

  it('answers 404 afterwards, leaves the list, and keeps no delivery log with the callback URL', async () => {
    const user = await registerUser(engine.app);
    const id = (await submit(engine.app, user.auth, { transcript: 'niko sawa', callback_url: hookUrl }).expect(202))
      .body.id as string;
    await waitForEnd(engine.app, user.auth, id);
    await waitUntil(async () => (await engine.t.db('webhook_deliveries').where({ analysis_id: id })).length > 0, {
      what: 'the completion webhook',
    });
    // Even before deletion the log keeps the receiver's origin, not the credentials, path or token of its URL.
    const [logged] = await engine.t.db('webhook_deliveries').where({ analysis_id: id });
    expect(logged.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    await request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', user.auth).expect(204);
    await request(engine.app).get(`/v1/analyses/${id}`).set('Authorization', user.auth).expect(404);
    const list = await request(engine.app).get('/v1/analyses').set('Authorization', user.auth).expect(200);
    expect(list.body.data.map((a: { id: string }) => a.id)).to.not.include(id);
    expect(await engine.t.db('webhook_deliveries').where({ analysis_id: id })).to.have.length(0);
    const leaks = await engine.t.db('webhook_deliveries').where('url', 'like', '%hook-secret%');
    expect(leaks).to.have.length(0);
    for (const table of ['analyses', 'transcriptions', 'emotion_scores', 'session_deviations', 'risk_assessments']) {
      const key = table === 'analyses' ? 'id' : 'analysis_id';
      expect(await engine.t.db(table).where({ [key]: id }), table).to.have.length(0);
    }
    // Deleting again is a 404: the analysis no longer exists for anyone.
    await request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', user.auth).expect(404);
  });

  it('erases the recording and its encrypted audio of a deleted analysis', async () => {
    const user = await registerUser(engine.app);
    const wav = fs.readFileSync(makeTones().wav);
    const res = await request(engine.app)
      .post('/v1/analyses')
      .set('Authorization', user.auth)
      .attach('audio', wav, 'tone.wav')
      .expect(202);
    const id = res.body.id as string;
    const { id: recordingId } = await engine.t.db('recordings').where({ analysis_id: id }).first('id');
    await request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', user.auth).expect(204);
    expect(await engine.t.db('recordings').where({ analysis_id: id })).to.have.length(0);
    expect(await engine.t.db('recording_blobs').where({ recording_id: recordingId })).to.have.length(0);
    expect(await engine.t.db('stage_checkpoints').where({ analysis_id: id })).to.have.length(0);
  });

  it('writes an audit row without content, naming the owner and the analysis', async () => {
    const user = await registerUser(engine.app);
    const id = (await submit(engine.app, user.auth, { transcript: 'nimechoka sana' }).expect(202)).body.id as string;
    await waitForEnd(engine.app, user.auth, id);
    await request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', user.auth).expect(204);
    const rows = await engine.t.db('audit_log').where({ action: 'analysis.delete', resource_id: id });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ actor_id: user.id, resource_type: 'analysis' });
    expect(JSON.stringify(rows[0])).to.not.include('nimechoka');
  });

  it("returns 404 for another user's analysis and leaves it untouched", async () => {
    const owner = await registerUser(engine.app);
    const other = await registerUser(engine.app);
    const id = (await submit(engine.app, owner.auth).expect(202)).body.id as string;
    await request(engine.app).delete(`/v1/analyses/${id}`).set('Authorization', other.auth).expect(404);
    await request(engine.app).get(`/v1/analyses/${id}`).set('Authorization', owner.auth).expect(200);
  });
});
