import { expect } from 'chai';
import request from 'supertest';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

describe('GET /metrics', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', allTestStages({ emotion: { rejectWord: 'poison' } }));
  });
  after(() => engine.stop());

  it('exposes request durations by route pattern and status, job durations and failures by queue, and queue depth', async () => {
    const user = await registerUser(engine.app);
    const ok = await submit(engine.app, user.auth).expect(202);
    await waitForEnd(engine.app, user.auth, ok.body.id);
    const bad = await submit(engine.app, user.auth, { transcript: 'poison' }).expect(202);
    await waitForEnd(engine.app, user.auth, bad.body.id);

    const res = await request(engine.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).to.match(/^text\/plain/);
    const text = res.text;
    expect(text).to.match(
      /resona_http_request_duration_seconds_count\{method="POST",route="\/v1\/analyses",status="202"\} 2/,
    );
    expect(text).to.match(
      /resona_http_request_duration_seconds_count\{method="GET",route="\/v1\/analyses\/:id",status="200"\} \d+/,
    );
    expect(text).to.not.include(ok.body.id);
    expect(text).to.match(/resona_job_duration_seconds_count\{queue="transcription",outcome="completed"\} 2/);
    expect(text).to.match(/resona_job_failures_total\{queue="emotion",final="true"\} 1/);
    expect(text).to.match(/resona_queue_jobs\{queue="transcription",state="completed"\} 2/);
    expect(text).to.match(/resona_queue_jobs\{queue="webhooks",state="waiting"\} 0/);
  });
});
