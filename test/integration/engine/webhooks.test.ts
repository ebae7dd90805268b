import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { WEBHOOK_QUEUE, webhookJobId } from '../../../jobs/webhooks.js';
import { verifyWebhook } from '../../../lib/webhook-signature.js';
import { registerUser, startEngine, submit, waitForEnd, type Engine } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';
import { waitUntil } from '../../setup/wait.js';

const SECRET = 'webhook-test-secret-webhook-test-secret-0123';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback answering with the scripted status codes, then 200. */
async function receiver(script: number[]) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { received, url, close: () => new Promise((r) => server.close(r)) };
}

const until = (check: () => Promise<boolean> | boolean, timeoutMs = 30_000) =>
  waitUntil(async () => check(), { timeoutMs, intervalMs: 100, what: 'the webhook receiver' });

describe('completion webhooks', function () {
  this.timeout(90_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', allTestStages({ emotion: { rejectWord: 'poison' } }), {
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_ALLOW_PRIVATE: 'true',
    });
  });
  after(() => engine.stop());

  it('delivers {id, status} signed with HMAC-SHA256, retrying after a 500, and logs each attempt', async () => {
    const hook = await receiver([500]);
    try {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'nimechoka sana', callback_url: hook.url }).expect(
        202,
      );
      await waitForEnd(engine.app, user.auth, res.body.id);
      await until(() => hook.received.length >= 2);
      const last = hook.received[1]!;
      expect(JSON.parse(last.body)).to.deep.equal({ id: res.body.id, status: 'completed' });
      const headers = {
        id: String(last.headers['webhook-id']),
        timestamp: String(last.headers['webhook-timestamp']),
        signature: String(last.headers['webhook-signature']),
      };
      expect(verifyWebhook(SECRET, headers, last.body)).to.equal(true);
      expect(verifyWebhook('another-secret', headers, last.body)).to.equal(false);
      expect(hook.received[0]!.headers['webhook-id']).to.equal(headers.id);
      await until(
        async () => (await engine.t.db('webhook_deliveries').where({ analysis_id: res.body.id })).length === 2,
      );
      const log = await engine.t.db('webhook_deliveries').where({ analysis_id: res.body.id }).orderBy('attempt');
      expect(log.map((d) => [d.attempt, d.status_code, d.succeeded])).to.deep.equal([
        [1, 500, false],
        [2, 200, true],
      ]);
    } finally {
      await hook.close();
    }
  });

  it('announces a failed analysis and stops after a 404 without retrying', async () => {
    const hook = await receiver([404]);
    try {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'poison', callback_url: hook.url }).expect(202);
      const end = await waitForEnd(engine.app, user.auth, res.body.id);
      expect(end.status).to.equal('failed');
      await until(() => hook.received.length >= 1);
      expect(JSON.parse(hook.received[0]!.body)).to.deep.equal({ id: res.body.id, status: 'failed' });
      // Final after the 404: the job fails for good instead of waiting for a retry.
      const job = engine.backend.queue(WEBHOOK_QUEUE);
      const jobId = webhookJobId({ analysis_id: res.body.id, status: 'failed' });
      await waitUntil(async () => (await job.getJobState(jobId)) === 'failed', { what: 'the webhook job to fail' });
      expect(hook.received).to.have.length(1);
      const log = await engine.t.db('webhook_deliveries').where({ analysis_id: res.body.id });
      expect(log).to.have.length(1);
    } finally {
      await hook.close();
    }
  });
});

describe('callback URL safety', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', allTestStages());
  });
  after(() => engine.stop());

  for (const url of [
    'http://127.0.0.1:8080/x',
    'http://localhost/x',
    'http://10.1.2.3/x',
    'http://169.254.169.254/latest',
    'http://[::1]/x',
    'http://[64:ff9b::a9fe:a9fe]/latest',
    'http://198.18.0.1/x',
    'http://localhost./x',
  ]) {
    it(`refuses ${url} with 400 unless private addresses are allowed`, async () => {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'sawa', callback_url: url }).expect(400);
      expect(res.body.error.code).to.equal('validation_error');
    });
  }
});

describe('an empty pipeline (no stage built yet)', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    engine = await startEngine('redis', [], { WEBHOOK_SECRET: SECRET, WEBHOOK_ALLOW_PRIVATE: 'true' });
  });
  after(() => engine.stop());

  it('completes an accepted analysis with no results and still announces it', async () => {
    const hook = await receiver([]);
    try {
      const user = await registerUser(engine.app);
      const res = await submit(engine.app, user.auth, { transcript: 'sawa', callback_url: hook.url }).expect(202);
      const end = await waitForEnd(engine.app, user.auth, res.body.id);
      expect(end).to.include({ status: 'completed' });
      expect(end.result).to.deep.equal({});
      await until(() => hook.received.length >= 1);
      expect(JSON.parse(hook.received[0]!.body)).to.deep.equal({ id: res.body.id, status: 'completed' });
    } finally {
      await hook.close();
    }
  });
});
