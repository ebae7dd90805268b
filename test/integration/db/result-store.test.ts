import { expect } from 'chai';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { EmotionResult, RiskResult, Transcription } from '../../../lib/results/index.js';
import { ResultStore } from '../../../lib/results/result-store.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

const TRANSCRIPT: Transcription = {
  status: 'completed',
  provider: 'client',
  language: 'sw',
  text: 'niko sawa',
  segments: null,
  reason: null,
};
const EMOTION: EmotionResult = {
  voice: null,
  text: null,
  dissonance: { score: 0.2, level: 'low', kind: null, evidence: ['sawa'] },
  reasons: { voice: 'no recording: text only', text: null },
  redacted: ['phone'],
};
const RISK: RiskResult = {
  level: 'low',
  score: 0.05,
  tier: 'none',
  factors: [{ layer: 'language', code: 'none', weight: 0 }],
};

describe('ResultStore on PostgreSQL', () => {
  let t: TestDatabase;
  let results: ResultStore;
  let userId: string;
  before(async () => {
    t = await createTestDatabase();
    results = new ResultStore(t.db);
    [{ id: userId }] = await t.db('users').insert({ email: 'results@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  const analysis = () =>
    t.db.transaction(
      async (trx) => (await new AnalysisStore(t.db).create(trx, { userId, language: 'auto', stages: [] })).analysis,
    );
  const keysOf = (a: { id: string; conversation_id: string }) => ({
    analysis_id: a.id,
    user_id: userId,
    conversation_id: a.conversation_id,
  });

  it('reads back what a stage wrote, and replaces it on a re-run instead of adding a row', async () => {
    const a = await analysis();
    await t.db.transaction((trx) =>
      results.write(trx, keysOf(a), [
        { name: 'transcription', value: TRANSCRIPT },
        { name: 'emotion', value: EMOTION },
      ]),
    );
    await t.db.transaction((trx) =>
      results.write(trx, keysOf(a), [{ name: 'transcription', value: { ...TRANSCRIPT, text: 'nimechoka' } }]),
    );
    expect(await results.read(a.id, 'transcription')).to.deep.equal({ ...TRANSCRIPT, text: 'nimechoka' });
    expect(await results.read(a.id, 'emotion')).to.deep.equal(EMOTION);
    expect(await t.db('transcriptions').where({ analysis_id: a.id }).count({ n: '*' }).first()).to.deep.equal({
      n: '1',
    });
  });

  it('refuses a value that does not match its kind', () => {
    expect(() => results.validate({ name: 'risk', value: { ...RISK, level: 'severe' } as never })).to.throw();
  });

  it('presents a page of 100 analyses in as many queries as one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const a = await analysis();
      ids.push(a.id);
      await t.db.transaction((trx) =>
        results.write(trx, keysOf(a), [
          { name: 'transcription', value: TRANSCRIPT },
          { name: 'risk', value: RISK },
        ]),
      );
    }
    const counted = async (batch: string[]) => {
      let n = 0;
      const count = () => void n++;
      t.db.on('query', count);
      const out = await results.present(batch);
      t.db.off('query', count);
      return { n, out };
    };
    const one = await counted(ids.slice(0, 1));
    const hundred = await counted(ids);
    expect(hundred.n).to.equal(one.n);
    expect(hundred.out.size).to.equal(100);
    expect(hundred.out.get(ids[42]!)).to.deep.equal({ transcription: TRANSCRIPT, risk: RISK });
  });

  it('erases every result of an analysis and leaves other analyses alone', async () => {
    const [a, b] = [await analysis(), await analysis()];
    for (const x of [a, b])
      await t.db.transaction((trx) =>
        results.write(trx, keysOf(x), [
          { name: 'transcription', value: TRANSCRIPT },
          { name: 'emotion', value: EMOTION },
          { name: 'risk', value: RISK },
        ]),
      );
    await t.db.transaction((trx) => results.erase(trx, a.id, userId));
    expect((await results.present([a.id, b.id])).get(a.id)).to.deep.equal({});
    expect(Object.keys((await results.present([b.id])).get(b.id)!)).to.have.members([
      'transcription',
      'emotion',
      'risk',
    ]);
  });
});
