import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { RiskResult } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { markFailed, markRouted } from '../../../lib/risk/escalation-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { riskResult } from '../../setup/risk-result.js';

const risk = riskResult;

describe('the risk result and its escalation in PostgreSQL', () => {
  let t: TestDatabase;
  let results: ResultStore;
  let userId: string;
  before(async () => {
    t = await createTestDatabase();
    results = new ResultStore(t.db);
    [{ id: userId }] = await t.db('users').insert({ email: 'risk@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  const analysis = async () => {
    const { analysis: a } = await t.db.transaction((trx) =>
      new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: [] }),
    );
    return { analysis_id: a.id, user_id: userId, conversation_id: a.conversation_id };
  };
  const write = (keys: Awaited<ReturnType<typeof analysis>>, value: RiskResult) =>
    t.db.transaction((trx) => results.write(trx, keys, [{ name: 'risk', value }]));

  it('opens one escalation at high, raises it to critical on a re-run, and never lowers or closes it', async () => {
    const keys = await analysis();
    await write(keys, risk('high', 'active'));
    const [opened] = await t.db('escalations').where({ analysis_id: keys.analysis_id });
    expect(opened).to.include({ risk_level: 'high', status: 'created' });
    await write(keys, risk('critical', 'plan'));
    await write(keys, risk('low', 'none'));
    const rows = await t.db('escalations').where({ analysis_id: keys.analysis_id });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ id: opened.id, risk_level: 'critical', status: 'created' });
    // The lower re-run still shows the open escalation with its result.
    const shown = await results.read(keys.analysis_id, 'risk');
    expect(shown).to.include({ level: 'low' });
    expect(shown!.escalation).to.deep.equal({ id: opened.id, status: 'created' });
    const [assessment] = await t.db('risk_assessments').where({ analysis_id: keys.analysis_id });
    expect(rows[0].risk_assessment_id).to.equal(assessment.id);
  });

  it('opens nothing below high', async () => {
    const keys = await analysis();
    await write(keys, risk('medium', 'passive'));
    expect(await t.db('escalations').where({ analysis_id: keys.analysis_id })).to.have.length(0);
    expect(await results.read(keys.analysis_id, 'risk')).to.not.have.property('escalation');
  });

  it('shows a failed escalation as routed, without the failure, once a later sending gets through', async () => {
    const keys = await analysis();
    await write(keys, risk('critical', 'plan'));
    const { id } = await t.db('escalations').where({ analysis_id: keys.analysis_id }).first('id');
    await markFailed(t.db, id, 'receiver answered 503');
    await markRouted(t.db, id);
    expect(await t.db('escalations').where({ id }).first()).to.include({ status: 'routed', failure_reason: null });
    expect((await results.read(keys.analysis_id, 'risk'))!.escalation).to.deep.equal({ id, status: 'routed' });
  });

  it('sends and reopens an acknowledged escalation when a re-run raises it from high to critical, and only then', async () => {
    const keys = await analysis();
    const sent = async () =>
      (await t.db('outbox').where({ kind: 'escalation' })).filter((o) => o.payload.escalation_id === id).length;
    await write(keys, risk('high', 'active'));
    const { id } = await t.db('escalations').where({ analysis_id: keys.analysis_id }).first('id');
    await t.db('escalations').where({ id }).update({ status: 'acknowledged', last_sent_at: '2026-01-01T00:00:00Z' });
    expect(await sent()).to.equal(1);
    await write(keys, risk('high', 'active'));
    expect(await sent()).to.equal(1);
    await write(keys, risk('critical', 'plan'));
    expect(await sent()).to.equal(2);
    const row = await t.db('escalations').where({ id }).first();
    // Reopened: back in the clinicians' queue, and paged until someone acknowledges the critical one.
    expect(row).to.include({ risk_level: 'critical', status: 'created', resend_count: 1 });
    expect((await results.read(keys.analysis_id, 'risk'))!.escalation).to.deep.equal({ id, status: 'created' });
    expect(Date.now() - new Date(row.last_sent_at).getTime()).to.be.below(60_000);
    await write(keys, risk('critical', 'plan'));
    expect(await sent()).to.equal(2);
  });
});
