import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import type { Job } from 'bullmq';
import pino from 'pino';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { RiskResult } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { deliverEscalation } from '../../../processors/webhooks/escalation.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { riskResult } from '../../setup/risk-result.js';

// A re-run that raises an escalation a clinician acknowledged or closed at high: the receiver is paged
// (escalation.raised), though the delivery skips the acknowledgement timer's re-sends of handled escalations.

const risk = riskResult;

describe('an escalation raised from high to critical after a clinician handled it', () => {
  let t: TestDatabase;
  let results: ResultStore;
  let userId: string;
  const received: string[] = [];
  let answer = 204;
  let server: http.Server;
  let url: string;
  before(async () => {
    t = await createTestDatabase();
    results = new ResultStore(t.db);
    [{ id: userId }] = await t.db('users').insert({ email: 'raise@example.org', role: 'user' }).returning('id');
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        received.push(raw);
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/esc`;
  });
  after(async () => {
    await new Promise((r) => server.close(r));
    await t.drop();
  });

  for (const status of ['acknowledged', 'closed'] as const)
    it(`pages the receiver when an escalation ${status} at high is raised to critical`, async () => {
      const { analysis: a } = await t.db.transaction((trx) =>
        new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: [] }),
      );
      const keys = { analysis_id: a.id, user_id: userId, conversation_id: a.conversation_id };
      const write = (v: RiskResult) =>
        t.db.transaction((trx) => results.write(trx, keys, [{ name: 'risk', value: v }]));
      await write(risk('high', 'active'));
      const { id } = await t.db('escalations').where({ analysis_id: a.id }).first('id');
      await t.db('escalations').where({ id }).update({ status });
      await write(risk('critical', 'plan'));
      const staged = (await t.db('outbox').where({ kind: 'escalation' })).filter(
        (o) => o.payload.escalation_id === id && o.payload.event === 'escalation.raised',
      );
      expect(staged, 'the raise staged a sending').to.have.length(1);
      const before = received.length;
      const job = { data: staged[0].payload, attemptsMade: 0, opts: { attempts: 8 }, id: 'x', name: 'escalation' };
      const out = await deliverEscalation(job as unknown as Job, {
        db: t.db,
        config: {
          webhooks: { secret: 'review-secret-review-secret-0123', allowPrivate: true, timeoutMs: 5000 },
          escalations: { webhookUrl: url },
        },
        logger: pino({ level: 'silent' }),
      });
      expect(out, 'delivery outcome').to.not.deep.equal({ skipped: status });
      expect(received.length - before, 'requests that reached the receiver').to.equal(1);
    });

  it('shows a raised escalation as failed, with the reason, when the receiver refuses it, though acknowledged at high', async () => {
    answer = 400;
    const { analysis: a } = await t.db.transaction((trx) =>
      new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: [] }),
    );
    const keys = { analysis_id: a.id, user_id: userId, conversation_id: a.conversation_id };
    const write = (v: RiskResult) => t.db.transaction((trx) => results.write(trx, keys, [{ name: 'risk', value: v }]));
    await write(risk('high', 'active'));
    const { id } = await t.db('escalations').where({ analysis_id: a.id }).first('id');
    await t.db('escalations').where({ id }).update({ status: 'acknowledged' });
    await write(risk('critical', 'plan'));
    const staged = (await t.db('outbox').where({ kind: 'escalation' })).filter(
      (o) => o.payload.escalation_id === id && o.payload.event === 'escalation.raised',
    );
    const job = { data: staged[0].payload, attemptsMade: 7, opts: { attempts: 8 }, id: 'y', name: 'escalation' };
    const deliver = deliverEscalation(job as unknown as Job, {
      db: t.db,
      config: {
        webhooks: { secret: 'review-secret-review-secret-0123', allowPrivate: true, timeoutMs: 5000 },
        escalations: { webhookUrl: url },
      },
      logger: pino({ level: 'silent' }),
    });
    await deliver.then(
      () => expect.fail('a refused delivery throws'),
      () => undefined,
    );
    const row = await t.db('escalations').where({ id }).first();
    expect(row).to.include({ status: 'failed', risk_level: 'critical' });
    expect(row.failure_reason).to.be.a('string').that.is.not.equal('');
  });
});
