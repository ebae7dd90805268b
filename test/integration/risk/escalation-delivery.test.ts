import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { baselineStage } from '../../../processors/baseline/stage.js';
import { emotionStage } from '../../../processors/emotion/stage.js';
import { riskStage } from '../../../processors/risk/stage.js';
import { transcriptionStage } from '../../../processors/transcription/stage.js';
import { TEST_ENV } from '../../setup/app.js';
import { registerUser, startEngine, type Engine } from '../../setup/engine.js';
import { waitUntil } from '../../setup/wait.js';
import { analyse } from '../transcription/engine-helpers.js';

// Escalations sent to ESCALATION_WEBHOOK_URL (a receiver on loopback): signed, no text, routed on delivery,
// failed when the receiver refuses, sent again while a critical one waits unacknowledged.

interface Received {
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  raw: string;
}

async function receiver(answer: () => number) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(raw), raw });
      res.writeHead(answer()).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/escalations`;
  return { url, received, close: () => new Promise((r) => server.close(r)) };
}

describe('escalation delivery', function () {
  this.timeout(60_000);
  let engine: Engine;
  let auth: string;
  let status = 204;
  let hook: Awaited<ReturnType<typeof receiver>>;
  before(async () => {
    hook = await receiver(() => status);
    engine = await startEngine('redis', [transcriptionStage, emotionStage, baselineStage, riskStage], {
      ESCALATION_WEBHOOK_URL: hook.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      ESCALATION_ACK_MINUTES: '0.02',
    });
    ({ auth } = await registerUser(engine.app));
  });
  after(async () => {
    await engine.stop();
    await hook.close();
  });

  const escalate = async (transcript: string) => {
    const done = await analyse(engine, auth, { fields: { transcript } });
    expect(done.result.risk.escalation, JSON.stringify(done.result.risk)).to.be.an('object');
    return done.result.risk.escalation.id as string;
  };
  const row = (id: string) => engine.t.db('escalations').where({ id }).first();

  it('sends a critical escalation signed, with ids, level, tier and reason codes but no text, and routes it', async () => {
    status = 204;
    const id = await escalate('nimepanga kujiua kesho asubuhi');
    await waitUntil(async () => (await row(id)).status === 'routed', { timeoutMs: 20_000 });
    const got = hook.received.find((r) => r.body.escalation_id === id)!;
    expect(got.body).to.include({ event: 'escalation.created', level: 'critical', tier: 'plan' });
    expect(got.body.reason_codes).to.include('ideation_plan');
    expect(got.raw).to.not.include('kujiua');
    const { 'webhook-id': wid, 'webhook-timestamp': ts, 'webhook-signature': sig } = got.headers;
    const mac = createHmac('sha256', TEST_ENV.WEBHOOK_SECRET!).update(`${wid}.${ts}.${got.raw}`).digest('base64');
    expect(sig).to.equal(`v1,${mac}`);
    const log = await engine.t.db('webhook_deliveries').where({ escalation_id: id });
    expect(log[0]).to.include({ succeeded: true, event: 'escalation.created' });
  });

  it('sends a critical escalation again while nobody acknowledges it, and stops once acknowledged', async () => {
    status = 204;
    const id = await escalate('nilijaribu kujiua jana usiku');
    await waitUntil(
      async () =>
        hook.received.filter((r) => r.body.escalation_id === id && r.body.event === 'escalation.resent').length >= 1,
      {
        timeoutMs: 20_000,
      },
    );
    await engine.t.db('escalations').where({ id }).update({ status: 'acknowledged' });
    const count = (await row(id)).resend_count as number;
    await new Promise((r) => setTimeout(r, 2500));
    expect((await row(id)).resend_count).to.be.at.most(count + 1);
    const resentAfter = (await row(id)).resend_count as number;
    await new Promise((r) => setTimeout(r, 2000));
    expect((await row(id)).resend_count).to.equal(resentAfter);
  });

  it('ends as failed, with the reason, when the receiver refuses it, and stays visible', async () => {
    status = 410;
    const id = await escalate('i am going to kill myself tonight');
    await waitUntil(async () => (await row(id)).status === 'failed', { timeoutMs: 20_000 });
    expect((await row(id)).failure_reason).to.match(/410/);
    const [assessment] = await engine.t.db('risk_assessments').where({ analysis_id: (await row(id)).analysis_id });
    expect(assessment.risk_factors.escalation.status).to.equal('failed');
  });
});
