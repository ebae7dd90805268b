import { expect } from 'chai';
import { AnalysisReader } from '../../../lib/analyses/analysis-reader.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

describe('AnalysisReader.pages (keyset paging of the queue commands)', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('yields every matching analysis exactly once, also when creation times are equal to the microsecond', async () => {
    const [user] = await t.db('users').insert({ email: 'pages@example.org', role: 'user' }).returning('id');
    const [conv] = await t.db('conversations').insert({ user_id: user.id }).returning('id');
    // One statement: every row gets the same now(), so only the id orders them.
    const rows = Array.from({ length: 7 }, (_, i) => ({
      user_id: user.id,
      conversation_id: conv.id,
      status: i === 6 ? 'canceled' : 'completed',
    }));
    const inserted: string[] = (await t.db('analyses').insert(rows).returning('id')).map((r: { id: string }) => r.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const page of new AnalysisReader(t.db).pages({ statuses: ['completed'] }, 2)) {
      sizes.push(page.length);
      seen.push(...page.map((r) => r.id));
    }
    expect(sizes).to.deep.equal([2, 2, 2]);
    expect([...seen].sort()).to.deep.equal(inserted.slice(0, 6).sort());
  });
});
