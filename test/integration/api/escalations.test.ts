import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { RiskResult } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import type { Role } from '../../../lib/tokens.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { accountWithRole } from '../../setup/staff.js';

// GET/POST /v1/escalations and GET /v1/risk-assessments: clinicians and admins only, every access audited.

const critical: RiskResult = {
  level: 'critical',
  score: 0.95,
  tier: 'plan',
  reason: null,
  factors: [{ layer: 'language', code: 'ideation_plan', weight: 0.9, span: 'nitajiua kesho' }],
};

describe('the clinicians’ routes', () => {
  let t: TestDatabase;
  let app: Express;
  const tokens: Partial<Record<Role, string>> = {};
  let personId: string;
  let escalationId: string;
  let analysisId: string;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    for (const role of ['user', 'clinician', 'admin'] as const) {
      const account = await accountWithRole(app, t.db, role, `${role}-esc@example.org`);
      if (role === 'user') personId = account.id;
      tokens[role] = account.auth;
    }
    const { analysis } = await t.db.transaction((trx) =>
      new AnalysisStore(t.db).create(trx, { userId: personId, language: 'auto', stages: [] }),
    );
    analysisId = analysis.id;
    const keys = { analysis_id: analysis.id, user_id: personId, conversation_id: analysis.conversation_id };
    await t.db.transaction((trx) => new ResultStore(t.db).write(trx, keys, [{ name: 'risk', value: critical }]));
    escalationId = (await t.db('escalations').where({ analysis_id: analysis.id }).first('id')).id;
  });
  after(() => t.drop());

  const as = (role: Role) => ({
    get: (path: string) => request(app).get(path).set('Authorization', tokens[role]!),
    post: (path: string, body: object = {}) => request(app).post(path).set('Authorization', tokens[role]!).send(body),
  });

  it('answers 403 forbidden to a person and 401 without a token', async () => {
    for (const path of ['/v1/escalations', `/v1/escalations/${escalationId}`, '/v1/risk-assessments']) {
      expect((await as('user').get(path).expect(403)).body.error.code).to.equal('forbidden');
      await request(app).get(path).expect(401);
    }
    await as('user').post(`/v1/escalations/${escalationId}/acknowledge`).expect(403);
  });

  it('lists escalations for a clinician with level, tier and reason codes but no text', async () => {
    const res = await as('clinician').get('/v1/escalations?level=critical').expect(200);
    const [e] = res.body.data;
    expect(e).to.include({
      id: escalationId,
      analysis_id: analysisId,
      level: 'critical',
      status: 'created',
      tier: 'plan',
    });
    expect(e.reason_codes).to.deep.equal(['ideation_plan']);
    expect(JSON.stringify(res.body)).to.not.include('nitajiua');
  });

  it('shows one escalation with the short spans that raised it', async () => {
    const res = await as('clinician').get(`/v1/escalations/${escalationId}`).expect(200);
    expect(res.body.factors[0]).to.include({ code: 'ideation_plan', span: 'nitajiua kesho' });
    expect(res.body.score).to.equal(0.95);
  });

  it('lets a clinician follow the voice of the person behind an open escalation, audited, but a person never', async () => {
    const res = await as('clinician')
      .get(`/v1/escalations/${escalationId}/trends?feature=speech_rate_syl_per_s`)
      .expect(200);
    expect(res.body).to.include({ feature: 'speech_rate_syl_per_s', status: 'collecting' });
    await as('user').get(`/v1/escalations/${escalationId}/trends`).expect(403);
    const audited = await t.db('audit_log').where({ action: 'escalation.trends', resource_id: escalationId });
    expect(audited).to.have.length(1);
  });

  it('acknowledges, then closes with a note; the analysis’s result follows; a closed one cannot be acknowledged', async () => {
    const ack = await as('clinician').post(`/v1/escalations/${escalationId}/acknowledge`).expect(200);
    expect(ack.body.status).to.equal('acknowledged');
    expect(ack.body.acknowledged_at).to.be.a('string');
    const shown = await new ResultStore(t.db).read(analysisId, 'risk');
    expect(shown!.escalation).to.deep.equal({ id: escalationId, status: 'acknowledged' });
    await as('admin').post(`/v1/escalations/${escalationId}/close`, {}).expect(400);
    const closed = await as('admin').post(`/v1/escalations/${escalationId}/close`, {
      note: 'Called; safe with family.',
    });
    expect(closed.status).to.equal(200);
    expect(closed.body.status).to.equal('closed');
    const again = await as('clinician').post(`/v1/escalations/${escalationId}/acknowledge`).expect(409);
    expect(again.body.error.code).to.equal('escalation_closed');
    await as('clinician').get(`/v1/escalations/${escalationId}/trends`).expect(404);
  });

  it('answers 404 for an unknown escalation and 400 for a malformed id', async () => {
    await as('clinician').get('/v1/escalations/00000000-0000-4000-8000-000000000000').expect(404);
    await as('clinician').get('/v1/escalations/nope').expect(400);
  });

  it('lists risk assessments by level and time', async () => {
    const res = await as('clinician').get('/v1/risk-assessments?level=critical').expect(200);
    expect(res.body.data.map((r: { analysis_id: string }) => r.analysis_id)).to.include(analysisId);
    expect((await as('clinician').get('/v1/risk-assessments?level=low').expect(200)).body.data).to.deep.equal([]);
    await as('clinician').get('/v1/risk-assessments?since=yesterday').expect(400);
  });

  it('writes every clinician read and change to audit_log, with ids only', async () => {
    const rows = await t
      .db('audit_log')
      .where('action', 'like', 'escalation.%')
      .orWhere('action', 'risk_assessment.list');
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'escalation.list',
      'escalation.read',
      'escalation.acknowledge',
      'escalation.close',
      'risk_assessment.list',
    ])
      expect(actions, a).to.include(a);
    expect(JSON.stringify(rows)).to.not.include('safe with family');
  });
});
