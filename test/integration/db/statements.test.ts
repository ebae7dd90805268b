import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import { noFollows, param, StatementMemo } from '../../../lib/statements.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

describe('StatementMemo (hot statements built once per shape) on PostgreSQL', () => {
  let t: TestDatabase;
  let userId: string;
  before(async () => {
    t = await createTestDatabase();
    [{ id: userId }] = await t.db('users').insert({ email: 'memo@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  it('builds a shape once and binds each call’s own values', async () => {
    const memo = new StatementMemo();
    let builds = 0;
    const build = () => {
      builds += 1;
      return t
        .db('conversations')
        .insert({ user_id: param('user') })
        .returning(['id', 'user_id'])
        .toSQL();
    };
    const [a] = await memo.run<{ id: string; user_id: string }>(t.db, 'conv', build, { user: userId });
    const [b] = await memo.run<{ id: string; user_id: string }>(t.db, 'conv', build, { user: userId });
    expect(builds).to.equal(1);
    expect(a!.user_id).to.equal(userId);
    expect(b!.id).to.not.equal(a!.id);
  });

  it('refuses a param built into a larger value, which would be bound as its marker text', async () => {
    const memo = new StatementMemo();
    const build = () => t.db.raw('SELECT ?::jsonb AS v', [JSON.stringify({ x: param('x') })]).toSQL();
    let error: Error | undefined;
    await memo.run(t.db, 'embedded', build, { x: 1 }).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/param embedded in a value/);
  });

  it('refuses to run with a param’s value missing rather than bind it as NULL', async () => {
    const memo = new StatementMemo();
    const build = () =>
      t
        .db('conversations')
        .insert({ user_id: param('user') })
        .returning('id')
        .toSQL();
    let error: Error | undefined;
    await memo.run(t.db, 'conv-missing', build, {}).catch((e: Error) => (error = e));
    expect(error?.message).to.match(/no value for param user/);
  });

  it('keeps creating analyses and completing stages through named statements after a migration adds a column to analyses', async () => {
    const store = new AnalysisStore(t.db);
    const results = new ResultStore(t.db);
    const created = () =>
      store.createAtOnce(t.db, { userId, language: 'auto', stages: ['emotion', 'risk'] }, noFollows);
    const complete = async (id: string, conversationId: string) => {
      const keys = { analysis_id: id, user_id: userId, conversation_id: conversationId };
      const value = { voice: null, text: null, dissonance: { score: 0, level: 'none', kind: null, evidence: [] } };
      const follows = results.upsertsAfter('completed', keys, [results.validate({ name: 'emotion', value } as never)]);
      const run = { attempt: 1, startedAt: new Date(), last: false };
      const [settled] = await store.completeStages([
        { ref: { id, stage: 'emotion', generation: 0 }, run, follows: follows! },
      ]);
      return settled;
    };
    const first = await created();
    expect(await complete(first.id, first.conversation_id)).to.include({ status: 'processing' });
    await t.db.schema.alterTable('analyses', (table) => table.text('added_by_a_later_release'));
    const second = await created();
    // Listed columns: the named creation keeps its result type, so the new column is not returned.
    expect(second).to.not.have.property('added_by_a_later_release');
    expect(await complete(second.id, second.conversation_id)).to.include({ status: 'processing' });
    expect(await t.db('emotion_scores').whereIn('analysis_id', [first.id, second.id]).count()).to.deep.equal([
      { count: '2' },
    ]);
  });
});
