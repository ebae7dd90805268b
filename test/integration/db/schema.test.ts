import { expect } from 'chai';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

describe('schema constraints', () => {
  let t: TestDatabase;
  let userId: string;
  let conversationId: string;

  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  beforeEach(async () => {
    [{ id: userId }] = await t
      .db('users')
      .insert({ email: `u${Date.now()}@example.org`, role: 'user' })
      .returning('id');
    [{ id: conversationId }] = await t.db('conversations').insert({ user_id: userId }).returning('id');
  });

  const assessment = (level: string) => ({
    user_id: userId,
    session_id: conversationId,
    risk_score: 0.4,
    risk_level: level,
  });

  it('accepts the four risk levels', async () => {
    for (const level of ['low', 'medium', 'high', 'critical']) await t.db('risk_assessments').insert(assessment(level));
    expect(await t.db('risk_assessments').where({ user_id: userId }).count('* as n').first()).to.deep.equal({ n: '4' });
  });

  it('rejects a risk level outside low|medium|high|critical', async () => {
    const err = await t
      .db('risk_assessments')
      .insert(assessment('severe'))
      .catch((e: unknown) => e);
    expect(err).to.have.property('constraint', 'ck_risk_assessments_level');
  });

  it('rejects a role outside user|clinician|operator|admin', async () => {
    const err = await t
      .db('users')
      .insert({ email: 'x@example.org', role: 'root' })
      .catch((e: unknown) => e);
    expect(err).to.have.property('constraint', 'ck_users_role');
  });

  it('deletes a user’s conversations, baselines, deviations, interfaces, assessments and analyses with the user', async () => {
    await t.db('user_baselines').insert({ user_id: userId, baseline_type: 'voice', baseline_value: {} });
    await t
      .db('session_deviations')
      .insert({ user_id: userId, session_id: conversationId, deviation_type: 'f0', deviation_score: 1.2 });
    await t.db('user_interfaces').insert({ user_id: userId, interface_config: {} });
    await t.db('risk_assessments').insert(assessment('low'));
    await t.db('analyses').insert({ user_id: userId, conversation_id: conversationId });

    await t.db('users').where({ id: userId }).delete();

    for (const table of [
      'conversations',
      'user_baselines',
      'session_deviations',
      'user_interfaces',
      'risk_assessments',
      'analyses',
    ]) {
      const row = await t.db(table).where({ user_id: userId }).count('* as n').first();
      expect(row, table).to.deep.equal({ n: '0' });
    }
  });

  it('refuses a result row that names another person than its analysis', async () => {
    const [{ id: analysisId }] = await t
      .db('analyses')
      .insert({ user_id: userId, conversation_id: conversationId })
      .returning('id');
    const [{ id: otherId }] = await t
      .db('users')
      .insert({ email: `o${Date.now()}@example.org` })
      .returning('id');
    const err = await t
      .db('transcriptions')
      .insert({ analysis_id: analysisId, user_id: otherId, status: 'completed', provider: 'client' })
      .catch((e: unknown) => e);
    expect(err).to.have.property('constraint', 'fk_transcriptions_analysis_owner');
  });

  it('erases the results of a deleted person’s analyses through the analyses', async () => {
    const [{ id: analysisId }] = await t
      .db('analyses')
      .insert({ user_id: userId, conversation_id: conversationId })
      .returning('id');
    await t
      .db('transcriptions')
      .insert({ analysis_id: analysisId, user_id: userId, status: 'completed', provider: 'client' });
    await t.db('emotion_scores').insert({ analysis_id: analysisId, user_id: userId });

    await t.db('users').where({ id: userId }).delete();

    for (const table of ['transcriptions', 'emotion_scores']) {
      const row = await t.db(table).where({ analysis_id: analysisId }).count('* as n').first();
      expect(row, table).to.deep.equal({ n: '0' });
    }
  });

  it('keeps emails unique whatever their letter case', async () => {
    await t.db('users').insert({ email: 'case@example.org' });
    const err = await t
      .db('users')
      .insert({ email: 'CASE@example.org' })
      .catch((e: unknown) => e);
    expect(err).to.have.property('code', '23505');
  });

  it('allows one baseline row per user and type', async () => {
    await t.db('user_baselines').insert({ user_id: userId, baseline_type: 'voice', baseline_value: {} });
    const err = await t
      .db('user_baselines')
      .insert({ user_id: userId, baseline_type: 'voice', baseline_value: {} })
      .catch((e: unknown) => e);
    expect(err).to.have.property('constraint', 'uq_user_baselines_user_type');
  });
});
